using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Marten;
using Platform.Access.Contracts;
using Platform.Organization.Branches;
using Platform.Organization.Contracts;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;
using Platform.Organization.Workers;

namespace Platform.Organization.GraphQL;

/// <summary>
/// The registry. Districts, communities, enterprises and branches are open to every signed-in user;
/// workers only as <see cref="WorkerScope"/> allows, checked here on the server.
/// </summary>
internal sealed class OrganizationQueryGraphType : ObjectGraphType
{
    public OrganizationQueryGraphType()
    {
        Name = "OrganizationQuery";
        Description = "Districts, communities, enterprises, branches and workers.";

        Paged<DistrictPageGraphType>("districts", "Districts (镇街) by name.")
            .ResolveAsync(async ctx => await ctx.Service<GeographyQueries>().DistrictsAsync(
                First(ctx), After(ctx), ctx.GetArgument<string?>("search"), ctx.CancellationToken));
        ById<DistrictGraphType, District>("district");

        Paged<CommunityPageGraphType>("communities", "Communities (村/社区) by name.")
            .Argument<IdGraphType>("districtId")
            .ResolveAsync(async ctx => await ctx.Service<GeographyQueries>().CommunitiesAsync(
                First(ctx), After(ctx), ctx.OptionalId("districtId"), ctx.GetArgument<string?>("search"), ctx.CancellationToken));
        ById<CommunityGraphType, Community>("community");

        Paged<EnterprisePageGraphType>("enterprises", "Enterprises by name; search matches the name or the start of the credit code.")
            .Argument<SectorGraphType>("sector")
            .ResolveAsync(async ctx => await ctx.Service<EnterpriseQueries>().ListAsync(
                First(ctx), After(ctx), ctx.GetArgument<Sector?>("sector"), ctx.GetArgument<string?>("search"), ctx.CancellationToken));
        ById<EnterpriseGraphType, Enterprise>("enterprise");

        Paged<BranchPageGraphType>("branches", "Branches (支部) by name.")
            .Argument<IdGraphType>("districtId")
            .Argument<BranchKindGraphType>("kind")
            .Argument<IdGraphType>("enterpriseId")
            .ResolveAsync(async ctx => await ctx.Service<BranchQueries>().ListAsync(First(ctx), After(ctx),
                new BranchFilter(ctx.OptionalId("districtId"), ctx.GetArgument<BranchKind?>("kind"), ctx.OptionalId("enterpriseId"),
                    ctx.GetArgument<string?>("search")),
                ctx.CancellationToken));
        ById<BranchGraphType, Branch>("branch");

        Paged<WorkerPageGraphType>("workers",
                "Workers by name, only those the caller may see: an enterprise admin its enterprise's, a secretary its branch's, a verifier its community's grid volunteers. Search matches the name or the start of the phone.",
                Role.ProgrammeAdmin, Role.EnterpriseAdmin, Role.Secretary, Role.Verifier)
            .Argument<IdGraphType>("branchId")
            .Argument<IdGraphType>("enterpriseId")
            .Argument<SectorGraphType>("sector")
            .Argument<IdGraphType>("districtId", "The district of the worker's branch.")
            .Argument<BooleanGraphType>("gridVolunteer")
            .Argument<IdGraphType>("communityId")
            .ResolveAsync(async ctx => await ctx.Service<WorkerQueries>().ListAsync(ctx.RequireActor(), First(ctx), After(ctx),
                new WorkerFilter(ctx.OptionalId("branchId"), ctx.OptionalId("enterpriseId"), ctx.GetArgument<Sector?>("sector"),
                    ctx.OptionalId("districtId"), ctx.GetArgument<bool?>("gridVolunteer"), ctx.OptionalId("communityId"),
                    ctx.GetArgument<string?>("search")),
                ctx.CancellationToken));

        Field<WorkerGraphType>("worker")
            .Description("One worker by id, or null; FORBIDDEN when the caller may not see the worker.")
            .AllowRoles(Role.ProgrammeAdmin, Role.EnterpriseAdmin, Role.Secretary, Role.Verifier, Role.Worker)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<WorkerQueries>().FindAsync(ctx.RequireActor(), ctx.Id("id"), ctx.CancellationToken));

        Field<WorkerGraphType>("me")
            .Description("The signed-in worker's own record.")
            .AllowRoles(Role.Worker)
            .ResolveAsync(async ctx => await ctx.Service<WorkerQueries>().MeAsync(ctx.RequireActor(), ctx.CancellationToken));
    }

    /// <summary>A paged list; with no roles given, open to every signed-in user.</summary>
    private FieldBuilder<object?, object> Paged<TPage>(string name, string description, params Role[] roles)
        where TPage : IGraphType
    {
        var field = Field<NonNullGraphType<TPage>>(name).Description(description);
        field = roles.Length == 0 ? field.AllowSignedIn() : field.AllowRoles(roles);
        return field
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .Argument<StringGraphType>("search");
    }

    /// <summary>One registry entity by id, open to every signed-in user.</summary>
    private void ById<TGraph, TDocument>(string name)
        where TGraph : IGraphType where TDocument : notnull
    {
        Field<TGraph>(name).Description($"One {name} by id, or null.")
            .AllowSignedIn()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<IQuerySession>().LoadAsync<TDocument>(ctx.Id("id"), ctx.CancellationToken));
    }

    private static int First(IResolveFieldContext ctx) => ctx.GetArgument<int>("first");

    private static string? After(IResolveFieldContext ctx) => ctx.GetArgument<string?>("after");
}
