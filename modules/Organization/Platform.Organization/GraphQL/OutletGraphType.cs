using GraphQL.Types;
using Platform.Organization.Enterprises;

namespace Platform.Organization.GraphQL;

internal sealed class OutletGraphType : ObjectGraphType<Outlet>
{
    public OutletGraphType()
    {
        Name = "Outlet";
        Description = "An enterprise's local site (营业网点): a delivery station, a depot.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<DistrictGraphType>>("district")
            .Resolve(ctx => ctx.Service<RegistryLoaders>().Districts.Load(ctx.Source.DistrictId));
        Field(x => x.Address);
        Field(x => x.AddedAt);
    }
}
