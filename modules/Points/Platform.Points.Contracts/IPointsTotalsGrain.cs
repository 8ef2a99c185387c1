namespace Platform.Points.Contracts;

/// <summary>A branch's or an enterprise's points: the sum of its members' awards, by category and programme month.</summary>
[GenerateSerializer, Immutable, Alias("points.PointsTotals")]
public sealed record PointsTotals(
    [property: Id(0)] int Balance,
    [property: Id(1)] IReadOnlyDictionary<string, int> ByCategory,
    [property: Id(2)] IReadOnlyDictionary<string, int> ByMonth,
    [property: Id(3)] long LastSequence);

/// <summary>Points of one branch (key: the branch id); kept up to date from the ledgers, in order, each event once.</summary>
[Alias("points.IBranchPointsGrain")]
public interface IBranchPointsGrain : IGrainWithGuidKey
{
    /// <summary>The totals as of the last ledger event applied (<see cref="PointsTotals.LastSequence"/>).</summary>
    [Alias("Get")]
    Task<PointsTotals> GetAsync();
}

/// <summary>Points of one enterprise (key: the enterprise id); kept up to date from the ledgers, in order, each event once.</summary>
[Alias("points.IEnterprisePointsGrain")]
public interface IEnterprisePointsGrain : IGrainWithGuidKey
{
    /// <summary>The totals as of the last ledger event applied (<see cref="PointsTotals.LastSequence"/>).</summary>
    [Alias("Get")]
    Task<PointsTotals> GetAsync();
}
