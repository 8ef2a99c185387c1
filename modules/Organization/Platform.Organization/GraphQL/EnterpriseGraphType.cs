using GraphQL.Types;
using Marten;
using Platform.Access.Contracts;
using Platform.Organization.Common;
using Platform.Organization.Enterprises;

namespace Platform.Organization.GraphQL;

internal sealed class EnterpriseGraphType : ObjectGraphType<Enterprise>
{
    public EnterpriseGraphType()
    {
        Name = "Enterprise";
        Description = "A platform or delivery company (平台企业).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Name);
        Field(x => x.CreditCode).Description("Unified social credit code (统一社会信用代码), public registration data.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorGraphType>>>>("sectors").Resolve(ctx => ctx.Source.Sectors);
        Field<ListGraphType<NonNullGraphType<OutletGraphType>>>("outlets")
            .Description("The enterprise's outlets (营业网点): for the programme office and the enterprise's admins.")
            .AllowRoles(Role.ProgrammeAdmin, Role.EnterpriseAdmin)
            .Resolve(ctx =>
            {
                ctx.RequireActor().RequireEnterpriseAdmin(ctx.Source.Id);
                return ctx.Source.Outlets;
            });
        Field(x => x.CreatedAt);
        Field<ListGraphType<NonNullGraphType<RegistryChangeGraphType>>>("history")
            .Description("Every change, oldest first: for the programme office and the enterprise's admins.")
            .AllowRoles(Role.ProgrammeAdmin, Role.EnterpriseAdmin)
            .ResolveAsync(async ctx =>
            {
                ctx.RequireActor().RequireEnterpriseAdmin(ctx.Source.Id);
                return await RegistryChangeGraphType.LoadAsync(ctx.Service<IQuerySession>(), ctx.Source.Id, ctx.CancellationToken);
            });
    }
}
