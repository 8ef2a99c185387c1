using JasperFx.Events;
using Platform.Organization.Contracts;

namespace Platform.Organization.Workers;

/// <summary>A time in one branch; <c>To</c> is null for the branch the worker is in now.</summary>
internal sealed record BranchStint(Guid BranchId, DateTimeOffset From, DateTimeOffset? To, string? Reason);

/// <summary>Working for one enterprise; <c>Until</c> is null while it lasts.</summary>
internal sealed record Affiliation(Guid EnterpriseId, Guid? OutletId, DateTimeOffset Since, DateTimeOffset? Until);

/// <summary>
/// A gig worker as the worker's event stream makes it (inline snapshot). <see cref="EnterpriseIds"/>
/// is stored with the document so queries can filter on it.
/// </summary>
internal sealed record Worker(
    Guid Id, string Name, string Phone, IReadOnlyList<Sector> Sectors, Guid BranchId, IReadOnlyList<BranchStint> BranchHistory,
    IReadOnlyList<Affiliation> Affiliations, bool GridVolunteer, Guid? CommunityId, DateTimeOffset CreatedAt)
{
    public int Version { get; set; }

    /// <summary>The enterprises the worker works for now.</summary>
    public IReadOnlyList<Guid> EnterpriseIds => Affiliations.Where(a => a.Until is null).Select(a => a.EnterpriseId).ToList();

    public Affiliation? CurrentAffiliation(Guid enterpriseId) =>
        Affiliations.FirstOrDefault(a => a.EnterpriseId == enterpriseId && a.Until is null);

    public static Worker Create(IEvent<WorkerRegistered> e) => new(
        e.Data.WorkerId, e.Data.Name, e.Data.Phone, e.Data.Sectors, e.Data.BranchId,
        [new BranchStint(e.Data.BranchId, e.Timestamp, null, null)],
        e.Data.Affiliations.Select(a => new Affiliation(a.EnterpriseId, a.OutletId, e.Timestamp, null)).ToList(),
        e.Data.GridVolunteer, e.Data.CommunityId, e.Timestamp);

    public Worker Apply(WorkerRenamed e) => this with { Name = e.Name };

    public Worker Apply(WorkerPhoneChanged e) => this with { Phone = e.Phone };

    public Worker Apply(WorkerSectorsChanged e) => this with { Sectors = e.Sectors };

    public Worker Apply(GridVolunteerAssigned e) => this with { GridVolunteer = true, CommunityId = e.CommunityId };

    public Worker Apply(GridVolunteerEnded _) => this with { GridVolunteer = false, CommunityId = null };

    public Worker Apply(IEvent<WorkerTransferred> e) => this with
    {
        BranchId = e.Data.ToBranchId,
        BranchHistory =
        [
            .. BranchHistory.Select(s => s.To is null ? s with { To = e.Timestamp } : s),
            new BranchStint(e.Data.ToBranchId, e.Timestamp, null, e.Data.Reason),
        ],
    };

    public Worker Apply(IEvent<AffiliationAdded> e) =>
        this with { Affiliations = [.. Affiliations, new Affiliation(e.Data.EnterpriseId, e.Data.OutletId, e.Timestamp, null)] };

    public Worker Apply(AffiliationOutletChanged e) => this with
    {
        Affiliations = Affiliations.Select(a => a.EnterpriseId == e.EnterpriseId && a.Until is null ? a with { OutletId = e.OutletId } : a).ToList(),
    };

    public Worker Apply(IEvent<AffiliationEnded> e) => this with
    {
        Affiliations = Affiliations.Select(a => a.EnterpriseId == e.Data.EnterpriseId && a.Until is null ? a with { Until = e.Timestamp } : a).ToList(),
    };

    public WorkerSummary ToSummary(Guid districtId) =>
        new(Id, Name, BranchId, EnterpriseIds, Sectors, districtId, GridVolunteer, CommunityId, CreatedAt);
}
