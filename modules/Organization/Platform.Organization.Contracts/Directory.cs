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
public sealed record WorkerSummary(
    Guid WorkerId, string Name, Guid BranchId, IReadOnlyList<Guid> EnterpriseIds, IReadOnlyList<Sector> Sectors,
    Guid DistrictId, bool GridVolunteer, Guid? CommunityId);

/// <summary>What other modules may know of a branch.</summary>
/// <param name="BranchId">The branch's id (also the scope of its Secretary role).</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">Where the branch is built.</param>
/// <param name="DistrictId">District the branch is in.</param>
/// <param name="EnterpriseId">The enterprise, for a branch built in one.</param>
public sealed record BranchSummary(Guid BranchId, string Name, BranchKind Kind, Guid DistrictId, Guid? EnterpriseId);

/// <summary>Read access to the registry for other modules (implemented by Organization).</summary>
public interface IOrganizationDirectory
{
    /// <summary>A worker, or null when there is none with this id.</summary>
    Task<WorkerSummary?> FindWorkerAsync(Guid workerId, CancellationToken cancellationToken);

    /// <summary>The workers with these ids that exist (in no particular order).</summary>
    Task<IReadOnlyList<WorkerSummary>> FindWorkersAsync(IReadOnlyCollection<Guid> workerIds, CancellationToken cancellationToken);

    /// <summary>A branch, or null when there is none with this id.</summary>
    Task<BranchSummary?> FindBranchAsync(Guid branchId, CancellationToken cancellationToken);
}
