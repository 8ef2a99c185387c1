using JasperFx.Events;
using Platform.Organization.Contracts;

namespace Platform.Organization.Enterprises;

/// <summary>An enterprise's local site (营业网点): a delivery station, a depot.</summary>
internal sealed record Outlet(Guid Id, string Name, Guid DistrictId, string Address, DateTimeOffset AddedAt);

/// <summary>A platform or delivery company, with its outlets, as its event stream makes it (inline snapshot).</summary>
internal sealed record Enterprise(
    Guid Id, string Name, string CreditCode, IReadOnlyList<Sector> Sectors, IReadOnlyList<Outlet> Outlets, DateTimeOffset CreatedAt)
{
    public int Version { get; set; }

    public static Enterprise Create(IEvent<EnterpriseRegistered> e) =>
        new(e.Data.EnterpriseId, e.Data.Name, e.Data.CreditCode, e.Data.Sectors, [], e.Timestamp);

    public Enterprise Apply(IEvent<OutletAdded> e) =>
        this with { Outlets = [.. Outlets, new Outlet(e.Data.OutletId, e.Data.Name, e.Data.DistrictId, e.Data.Address, e.Timestamp)] };

    public Outlet? FindOutlet(Guid outletId) => Outlets.FirstOrDefault(o => o.Id == outletId);

    public EnterpriseSummary ToSummary() => new(Id, Name, Sectors, CreatedAt);
}
