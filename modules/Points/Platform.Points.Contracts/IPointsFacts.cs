namespace Platform.Points.Contracts;

/// <summary>
/// Points in a period as the ledger holds them, for judging eligibility (implemented by Points,
/// registered scoped). A period is <c>[from, to)</c>; an entry counts in it when its source happened
/// in it (a reversal counts where the award it takes back did). Branch and enterprise points are
/// counted where they were earned: the branch and enterprise recorded on each ledger entry.
/// </summary>
public interface IPointsFacts
{
    /// <summary>A worker's points in the period, in total and by category, and the reports verified in it whose verification stands.</summary>
    Task<WorkerPointsFacts> WorkerAsync(Guid workerId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The points earned in the branch in the period, in total and by category.</summary>
    Task<PointsTally> BranchAsync(Guid branchId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The points earned for the enterprise in the period, in total and by category.</summary>
    Task<PointsTally> EnterpriseAsync(Guid enterpriseId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Workers, branches or enterprises by their points in the period, most first, then by id; a page
    /// of at most <see cref="PointsRanking.First"/>, after <see cref="PointsRanking.After"/>. Only holders
    /// with ledger entries in the period are listed.
    /// </summary>
    Task<IReadOnlyList<PointsStanding>> TopAsync(PointsRanking ranking, CancellationToken cancellationToken);
}

/// <summary>Points in total and by category (only categories with entries).</summary>
/// <param name="Total">The sum of the entries.</param>
/// <param name="ByCategory">The sum per category.</param>
public sealed record PointsTally(int Total, IReadOnlyDictionary<string, int> ByCategory);

/// <summary>A worker's points in a period, and the reports verified in it that were not overturned.</summary>
/// <param name="WorkerId">The worker.</param>
/// <param name="Points">The worker's points in the period, wherever earned.</param>
/// <param name="VerifiedReports">Reports verified in the period whose verification stands.</param>
public sealed record WorkerPointsFacts(Guid WorkerId, PointsTally Points, int VerifiedReports);

/// <summary>Whose points a ranking ranks.</summary>
public enum PointsHolder
{
    /// <summary>Workers (all their points in the period).</summary>
    Worker,

    /// <summary>Branches (points earned in them).</summary>
    Branch,

    /// <summary>Enterprises (points earned for them).</summary>
    Enterprise,
}

/// <summary>
/// A ranking by points in <c>[From, To)</c>. A worker ranking may be restricted to workers who earned
/// points in the period in a branch, for an enterprise, or in a branch of one of some districts (where
/// earned); each worker's score is still all their points in the period. A branch ranking may be
/// restricted to branches where points were earned for an enterprise (its score is still all its
/// points); an enterprise ranking takes no restriction.
/// </summary>
/// <param name="Holder">Workers, branches or enterprises.</param>
/// <param name="From">First instant of the period.</param>
/// <param name="To">First instant after it.</param>
/// <param name="First">Page size, 1 to 1000.</param>
/// <param name="After">The last standing of the previous page, or null for the first page.</param>
/// <param name="BranchId">Only workers who earned in this branch.</param>
/// <param name="EnterpriseId">Only workers (or branches) who earned for this enterprise.</param>
/// <param name="DistrictIds">Only workers who earned in a branch of these districts.</param>
public sealed record PointsRanking(
    PointsHolder Holder, DateTimeOffset From, DateTimeOffset To, int First, PointsStanding? After = null,
    Guid? BranchId = null, Guid? EnterpriseId = null, IReadOnlyList<Guid>? DistrictIds = null);

/// <summary>One holder's points in a ranking's period.</summary>
/// <param name="Id">The worker, branch or enterprise.</param>
/// <param name="Points">Its points in the period.</param>
public sealed record PointsStanding(Guid Id, int Points);
