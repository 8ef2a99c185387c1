namespace Platform.Organization.Contracts;

/// <summary>What other modules may know of a worker.</summary>
/// <param name="WorkerId">The worker's id (also the scope of the worker's Worker role).</param>
/// <param name="Name">Display name.</param>
/// <param name="BranchId">The branch the worker belongs to now.</param>
/// <param name="EnterpriseIds">Enterprises the worker works for now (one or more).</param>
/// <param name="Sectors">Sectors the worker works in.</param>
/// <param name="DistrictId">District of the worker's branch.</param>
/// <param name="GridVolunteer">Whether the worker also serves as a part-time grid volunteer.</param>
/// <param name="CommunityId">The community the worker volunteers in, when a grid volunteer.</param>
/// <param name="RegisteredAt">When the worker was registered (tenure counts from here).</param>
public sealed record WorkerSummary(
    Guid WorkerId, string Name, Guid BranchId, IReadOnlyList<Guid> EnterpriseIds, IReadOnlyList<Sector> Sectors,
    Guid DistrictId, bool GridVolunteer, Guid? CommunityId, DateTimeOffset RegisteredAt = default);

/// <summary>What other modules may know of a branch.</summary>
/// <param name="BranchId">The branch's id (also the scope of its Secretary role).</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Where the branch is built.</param>
/// <param name="DistrictId">District the branch is in.</param>
/// <param name="EnterpriseId">The enterprise, for a branch built in one.</param>
/// <param name="RegisteredAt">When the branch was registered (tenure counts from here).</param>
public sealed record BranchSummary(Guid BranchId, string Name, BranchKind Kind, Guid DistrictId, Guid? EnterpriseId, DateTimeOffset RegisteredAt = default);

/// <summary>What other modules may know of a district (镇街).</summary>
/// <param name="DistrictId">The district's id.</param>
/// <param name="Name">Display name.</param>
/// <param name="RegisteredAt">When the district was registered.</param>
public sealed record DistrictSummary(Guid DistrictId, string Name, DateTimeOffset RegisteredAt);

/// <summary>What other modules may know of an outlet (营业网点), an enterprise's local site.</summary>
/// <param name="OutletId">The outlet's id.</param>
/// <param name="EnterpriseId">The enterprise it belongs to.</param>
/// <param name="Name">Display name.</param>
/// <param name="DistrictId">The district it is in.</param>
public sealed record OutletSummary(Guid OutletId, Guid EnterpriseId, string Name, Guid DistrictId);

/// <summary>Read access to the registry for other modules (implemented by Organization).</summary>
public interface IOrganizationDirectory
{
    /// <summary>A worker, or null when there is none with this id.</summary>
    Task<WorkerSummary?> FindWorkerAsync(Guid workerId, CancellationToken cancellationToken);

    /// <summary>The workers with these ids that exist (in no particular order).</summary>
    Task<IReadOnlyList<WorkerSummary>> FindWorkersAsync(IReadOnlyCollection<Guid> workerIds, CancellationToken cancellationToken);

    /// <summary>A branch, or null when there is none with this id.</summary>
    Task<BranchSummary?> FindBranchAsync(Guid branchId, CancellationToken cancellationToken);

    /// <summary>A district, or null when there is none with this id.</summary>
    Task<DistrictSummary?> FindDistrictAsync(Guid districtId, CancellationToken cancellationToken);

    /// <summary>An outlet of any enterprise, or null when there is none with this id.</summary>
    Task<OutletSummary?> FindOutletAsync(Guid outletId, CancellationToken cancellationToken);
}
