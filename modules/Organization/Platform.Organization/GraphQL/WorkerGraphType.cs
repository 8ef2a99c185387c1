using GraphQL;
using GraphQL.Types;
using Marten;
using Platform.Access.Contracts;
using Platform.Organization.Workers;

namespace Platform.Organization.GraphQL;

/// <summary>A worker; only reached through fields that have checked the actor may see this worker.</summary>
internal sealed class WorkerGraphType : ObjectGraphType<Worker>
{
    // A worker has one to a few affiliations and branches; the default guess of 5 per list would make
    // an ordinary page of workers look too complex to run. Batched loading keeps them one query each.
    private const double FewPerWorker = 2;

    public WorkerGraphType()
    {
        Name = "Worker";
        Description = "A courier, rider or driver (新就业群体从业人员).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Also the scope of the worker's WORKER role.").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field(x => x.Phone).Description("11 digits.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorGraphType>>>>("sectors").Resolve(ctx => ctx.Source.Sectors);
        Field<NonNullGraphType<BranchGraphType>>("branch")
            .Description("The branch the worker is in now.")
            .Resolve(ctx => ctx.Service<RegistryLoaders>().Branches.Load(ctx.Source.BranchId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BranchStintGraphType>>>>("branchHistory")
            .Description("Every branch the worker has been in, oldest first; the last has no 'to'.")
            .WithComplexityImpact(1, FewPerWorker)
            .Resolve(ctx => ctx.Source.BranchHistory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliationGraphType>>>>("affiliations")
            .Description("Enterprises the worker works or worked for. An enterprise admin sees only its own.")
            .WithComplexityImpact(1, FewPerWorker)
            .Argument<BooleanGraphType>("includeEnded", arg => arg.DefaultValue = false)
            .Resolve(ctx => WorkerScope.VisibleAffiliations(ctx.RequireActor(), ctx.Source)
                .Where(a => a.Until is null || ctx.GetArgument<bool>("includeEnded")).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnterpriseGraphType>>>>("enterprises")
            .Description("The enterprises the worker works for now (as far as the caller may see).")
            .WithComplexityImpact(1, FewPerWorker)
            .Resolve(ctx => ctx.Service<RegistryLoaders>().Enterprises.LoadMany(
                WorkerScope.VisibleAffiliations(ctx.RequireActor(), ctx.Source).Where(a => a.Until is null).Select(a => a.EnterpriseId)));
        Field(x => x.GridVolunteer).Description("Also serves as a part-time grid volunteer (兼职网格员).");
        Field<CommunityGraphType>("community")
            .Description("Where the worker serves as a grid volunteer.")
            .Resolve(ctx => ctx.Source.CommunityId is { } id ? ctx.Service<RegistryLoaders>().Communities.Load(id) : null);
        Field(x => x.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistryChangeGraphType>>>>("history")
            .Description("Every change to the worker, oldest first: who, when, why.")
            .AllowRoles(Role.ProgrammeAdmin)
            .ResolveAsync(async ctx => await RegistryChangeGraphType.LoadAsync(ctx.Service<IQuerySession>(), ctx.Source.Id, ctx.CancellationToken));
    }
}
