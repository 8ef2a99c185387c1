using GraphQL;
using GraphQL.Types;
using Platform.Access.Contracts;
using Platform.Organization.Contracts;
using Platform.Organization.Roster;
using Platform.Organization.Workers;

namespace Platform.Organization.GraphQL;

/// <summary>
/// The worker mutations on <see cref="OrganizationMutationGraphType"/>. The role declared here lets
/// the caller in; the resolver then checks the scope (an enterprise admin acts only for its enterprise).
/// </summary>
internal static class WorkerMutations
{
    private static readonly Role[] Managers = [Role.ProgrammeAdmin, Role.EnterpriseAdmin];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterWorkerPayloadGraphType>>("registerWorker")
            .Description("Registers a worker. An enterprise admin registers workers of its own enterprise. With createAccount, the worker also gets an account (WORKER role), its one-time password returned once.")
            .AllowRoles(Managers)
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<StringGraphType>>("phone")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<SectorGraphType>>>>("sectors")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliationInputGraphType>>>>("affiliations")
            .Argument<NonNullGraphType<IdGraphType>>("branchId")
            .Argument<BooleanGraphType>("gridVolunteer", arg => arg.DefaultValue = false)
            .Argument<IdGraphType>("communityId", "Required for a grid volunteer.")
            .Argument<BooleanGraphType>("createAccount", arg => arg.DefaultValue = false)
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<WorkerRegistration>().RegisterAsync(ctx.RequireActor(),
                new NewWorker(ctx.GetArgument<string>("name"), ctx.GetArgument<string>("phone"), ctx.GetArgument<List<Sector>>("sectors"),
                    ctx.Id("branchId"), ctx.GetArgument<List<AffiliationInput>>("affiliations").Select(a => a.ToLink("affiliations")).ToList(),
                    ctx.GetArgument<bool>("gridVolunteer"), ctx.OptionalId("communityId")),
                ctx.GetArgument<bool>("createAccount"), ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WorkerGraphType>>("updateWorker")
            .Description("Changes a worker's details; arguments left out stay as they are. gridVolunteer: false ends the grid work.")
            .AllowRoles(Managers)
            .Argument<NonNullGraphType<IdGraphType>>("workerId")
            .Argument<StringGraphType>("name")
            .Argument<StringGraphType>("phone")
            .Argument<ListGraphType<NonNullGraphType<SectorGraphType>>>("sectors")
            .Argument<BooleanGraphType>("gridVolunteer")
            .Argument<IdGraphType>("communityId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<WorkerChanges>().UpdateAsync(ctx.RequireActor(), ctx.Id("workerId"),
                new WorkerUpdate(ctx.GetArgument<string?>("name"), ctx.GetArgument<string?>("phone"), ctx.GetArgument<List<Sector>?>("sectors"),
                    ctx.GetArgument<bool?>("gridVolunteer"), ctx.OptionalId("communityId")),
                ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WorkerGraphType>>("transferWorker")
            .Description("Moves a worker to another branch; the branch history keeps where the worker was, when and why.")
            .AllowRoles(Managers)
            .Argument<NonNullGraphType<IdGraphType>>("workerId")
            .Argument<NonNullGraphType<IdGraphType>>("branchId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<WorkerChanges>().TransferAsync(
                ctx.RequireActor(), ctx.Id("workerId"), ctx.Id("branchId"), ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WorkerGraphType>>("addAffiliation")
            .Description("The worker (also) works for the enterprise, or moves to another of its outlets. An enterprise admin adds its own enterprise.")
            .AllowRoles(Managers)
            .Argument<NonNullGraphType<IdGraphType>>("workerId")
            .Argument<NonNullGraphType<IdGraphType>>("enterpriseId")
            .Argument<IdGraphType>("outletId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<WorkerChanges>().AddAffiliationAsync(ctx.RequireActor(), ctx.Id("workerId"),
                new EnterpriseLink(ctx.Id("enterpriseId"), ctx.OptionalId("outletId")), ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<WorkerGraphType>>("endAffiliation")
            .Description("The worker no longer works for the enterprise (history kept). A worker keeps at least one affiliation.")
            .AllowRoles(Managers)
            .Argument<NonNullGraphType<IdGraphType>>("workerId")
            .Argument<NonNullGraphType<IdGraphType>>("enterpriseId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<WorkerChanges>().EndAffiliationAsync(
                ctx.RequireActor(), ctx.Id("workerId"), ctx.Id("enterpriseId"), ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<RosterImportResultGraphType>>("importRoster")
            .Description("Imports an enterprise's roster from CSV (see docs/organization.md): at most 5000 rows; each row is accepted, updated, unchanged or rejected on its own.")
            .AllowRoles(Managers)
            .Argument<NonNullGraphType<IdGraphType>>("enterpriseId")
            .Argument<NonNullGraphType<StringGraphType>>("csv")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await ctx.Service<RosterImport>().ImportAsync(
                ctx.RequireActor(), ctx.Id("enterpriseId"), ctx.GetArgument<string>("csv"), ctx.GetArgument<string>("reason"), ctx.CancellationToken));
    }
}
