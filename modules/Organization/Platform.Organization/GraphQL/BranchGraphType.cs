using GraphQL.Types;
using Marten;
using Platform.Access.Contracts;
using Platform.Organization.Branches;

namespace Platform.Organization.GraphQL;

internal sealed class BranchGraphType : ObjectGraphType<Branch>
{
    public BranchGraphType()
    {
        Name = "Branch";
        Description = "A branch (党支部) workers belong to.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<BranchKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DistrictGraphType>>("district")
            .Resolve(ctx => ctx.Service<RegistryLoaders>().Districts.Load(ctx.Source.DistrictId));
        Field<EnterpriseGraphType>("enterprise")
            .Description("The enterprise, for a branch of kind ENTERPRISE.")
            .Resolve(ctx => ctx.Source.EnterpriseId is { } id ? ctx.Service<RegistryLoaders>().Enterprises.Load(id) : null);
        Field(x => x.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistryChangeGraphType>>>>("history")
            .Description("Every change, oldest first.")
            .AllowRoles(Role.ProgrammeAdmin)
            .ResolveAsync(async ctx => await RegistryChangeGraphType.LoadAsync(ctx.Service<IQuerySession>(), ctx.Source.Id, ctx.CancellationToken));
    }
}
