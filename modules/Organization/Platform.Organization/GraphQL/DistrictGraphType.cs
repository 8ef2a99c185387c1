using GraphQL.Types;
using Marten;
using Platform.Access.Contracts;
using Platform.Organization.Geography;

namespace Platform.Organization.GraphQL;

internal sealed class DistrictGraphType : ObjectGraphType<District>
{
    public DistrictGraphType()
    {
        Name = "District";
        Description = "A town or street (镇街).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field(x => x.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistryChangeGraphType>>>>("history")
            .Description("Every change, oldest first.")
            .AllowRoles(Role.ProgrammeAdmin)
            .ResolveAsync(async ctx => await RegistryChangeGraphType.LoadAsync(ctx.Service<IQuerySession>(), ctx.Source.Id, ctx.CancellationToken));
    }
}
