using GraphQL.Types;
using Marten;
using Platform.Access.Contracts;
using Platform.Organization.Geography;

namespace Platform.Organization.GraphQL;

internal sealed class CommunityGraphType : ObjectGraphType<Community>
{
    public CommunityGraphType()
    {
        Name = "Community";
        Description = "A village or community (村/社区), where grid volunteers serve.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<DistrictGraphType>>("district")
            .Resolve(ctx => ctx.Service<RegistryLoaders>().Districts.Load(ctx.Source.DistrictId));
        Field(x => x.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistryChangeGraphType>>>>("history")
            .Description("Every change, oldest first.")
            .AllowRoles(Role.ProgrammeAdmin)
            .ResolveAsync(async ctx => await RegistryChangeGraphType.LoadAsync(ctx.Service<IQuerySession>(), ctx.Source.Id, ctx.CancellationToken));
    }
}
