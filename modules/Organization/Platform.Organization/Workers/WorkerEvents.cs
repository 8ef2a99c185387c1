using Platform.Organization.Contracts;

namespace Platform.Organization.Workers;

/// <summary>Works for an enterprise, optionally at one of its outlets.</summary>
internal sealed record EnterpriseLink(Guid EnterpriseId, Guid? OutletId);

internal sealed record WorkerRegistered(
    Guid WorkerId, string Name, string Phone, IReadOnlyList<Sector> Sectors, Guid BranchId,
    IReadOnlyList<EnterpriseLink> Affiliations, bool GridVolunteer, Guid? CommunityId);

internal sealed record WorkerRenamed(string Name);

internal sealed record WorkerPhoneChanged(string Phone);

internal sealed record WorkerSectorsChanged(IReadOnlyList<Sector> Sectors);

/// <summary>Serves as a grid volunteer in the community (from now on, or moved there from another).</summary>
internal sealed record GridVolunteerAssigned(Guid CommunityId);

internal sealed record GridVolunteerEnded;

/// <summary>Moved from one branch to another; the reason is kept with the branch history too.</summary>
internal sealed record WorkerTransferred(Guid FromBranchId, Guid ToBranchId, string Reason);

internal sealed record AffiliationAdded(Guid EnterpriseId, Guid? OutletId);

internal sealed record AffiliationOutletChanged(Guid EnterpriseId, Guid? OutletId);

internal sealed record AffiliationEnded(Guid EnterpriseId);
