using JasperFx.Events;
using Platform.Organization.Contracts;

namespace Platform.Organization.Branches;

/// <summary>A branch (党支部) workers belong to, as its event stream makes it (inline snapshot).</summary>
internal sealed record Branch(Guid Id, string Name, BranchKind Kind, Guid DistrictId, Guid? EnterpriseId, DateTimeOffset CreatedAt)
{
    public int Version { get; set; }

    public static Branch Create(IEvent<BranchRegistered> e) =>
        new(e.Data.BranchId, e.Data.Name, e.Data.Kind, e.Data.DistrictId, e.Data.EnterpriseId, e.Timestamp);

    public BranchSummary ToSummary() => new(Id, Name, Kind, DistrictId, EnterpriseId, CreatedAt);
}
