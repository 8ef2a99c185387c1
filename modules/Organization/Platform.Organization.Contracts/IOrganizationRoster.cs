namespace Platform.Organization.Contracts;

/// <summary>What other modules may know of an enterprise.</summary>
/// <param name="EnterpriseId">The enterprise's id (also the scope of its EnterpriseAdmin role).</param>
/// <param name="Name">Display name.</param>
/// <param name="Sectors">Sectors the enterprise operates in.</param>
/// <param name="RegisteredAt">When the enterprise was registered (tenure counts from here).</param>
public sealed record EnterpriseSummary(Guid EnterpriseId, string Name, IReadOnlyList<Sector> Sectors, DateTimeOffset RegisteredAt = default);

/// <summary>What other modules may know of a community.</summary>
/// <param name="CommunityId">The community's id (also the scope of its Verifier role).</param>
/// <param name="Name">Display name.</param>
/// <param name="DistrictId">The district the community is in.</param>
public sealed record CommunitySummary(Guid CommunityId, string Name, Guid DistrictId);

/// <summary>
/// Who belongs where, for other modules (implemented by Organization, registered scoped). Lists are
/// the current members, whole (no paging): meant for roll-ups and checks, not for screens.
/// </summary>
public interface IOrganizationRoster
{
    /// <summary>The workers in the branch now.</summary>
    Task<IReadOnlyList<WorkerSummary>> WorkersOfBranchAsync(Guid branchId, CancellationToken cancellationToken);

    /// <summary>The workers affiliated with the enterprise now.</summary>
    Task<IReadOnlyList<WorkerSummary>> WorkersOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken);

    /// <summary>The grid volunteers serving the community now.</summary>
    Task<IReadOnlyList<WorkerSummary>> GridVolunteersOfCommunityAsync(Guid communityId, CancellationToken cancellationToken);

    /// <summary>Every branch registered.</summary>
    Task<IReadOnlyList<BranchSummary>> AllBranchesAsync(CancellationToken cancellationToken);

    /// <summary>The branches in these districts now.</summary>
    Task<IReadOnlyList<BranchSummary>> BranchesOfDistrictsAsync(IReadOnlyCollection<Guid> districtIds, CancellationToken cancellationToken);

    /// <summary>The enterprises in the sector (an enterprise's sectors are set when it is registered).</summary>
    Task<IReadOnlyList<EnterpriseSummary>> EnterprisesOfSectorAsync(Sector sector, CancellationToken cancellationToken);

    /// <summary>An enterprise, or null when there is none with this id.</summary>
    Task<EnterpriseSummary?> FindEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken);

    /// <summary>A community, or null when there is none with this id.</summary>
    Task<CommunitySummary?> FindCommunityAsync(Guid communityId, CancellationToken cancellationToken);
}
