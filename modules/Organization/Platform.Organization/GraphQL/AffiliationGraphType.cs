using GraphQL.Types;
using Platform.Kernel.Errors;
using Platform.Organization.Workers;

namespace Platform.Organization.GraphQL;

internal sealed class AffiliationGraphType : ObjectGraphType<Affiliation>
{
    public AffiliationGraphType()
    {
        Name = "Affiliation";
        Description = "Working for an enterprise, optionally at one of its outlets.";
        Field<NonNullGraphType<EnterpriseGraphType>>("enterprise")
            .Resolve(ctx => ctx.Service<RegistryLoaders>().Enterprises.Load(ctx.Source.EnterpriseId));
        Field<OutletGraphType>("outlet").Resolve(ctx => ctx.Source.OutletId is { } outlet
            ? ctx.Service<RegistryLoaders>().Enterprises.Load(ctx.Source.EnterpriseId, e => e.FindOutlet(outlet))
            : null);
        Field(x => x.Since);
        Field(x => x.Until, nullable: true).Description("When it ended; null while it lasts.");
    }
}

internal sealed class AffiliationInput
{
    public string EnterpriseId { get; set; } = "";
    public string? OutletId { get; set; }

    public EnterpriseLink ToLink(string field) =>
        Guid.TryParse(EnterpriseId, out var enterprise) && (OutletId is null || Guid.TryParse(OutletId, out _))
            ? new EnterpriseLink(enterprise, OutletId is null ? null : Guid.Parse(OutletId))
            : throw PlatformException.Validation("An affiliation names an enterprise id and optionally an outlet id.", field);
}

internal sealed class AffiliationInputGraphType : InputObjectGraphType<AffiliationInput>
{
    public AffiliationInputGraphType()
    {
        Name = "AffiliationInput";
        Field<NonNullGraphType<IdGraphType>>("enterpriseId");
        Field<IdGraphType>("outletId").Description("One of the enterprise's outlets, when known.");
    }
}
