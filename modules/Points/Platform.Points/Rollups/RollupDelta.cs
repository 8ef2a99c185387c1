namespace Platform.Points.Rollups;

/// <summary>One ledger event as a change to a total: its global sequence number makes applying it idempotent.</summary>
[GenerateSerializer, Immutable, Alias("points.RollupDelta")]
internal sealed record RollupDelta(
    [property: Id(0)] long Sequence, [property: Id(1)] int Points, [property: Id(2)] string Category, [property: Id(3)] string Month);

/// <summary>Applies ledger events to a total; events at or below the high-water mark were applied already.</summary>
[Alias("points.IRollupGrain")]
internal interface IRollupGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Applies the deltas in memory. <paramref name="handedBefore"/>: the last sequence the follower
    /// handed this total before (0 after a rewind); a total holding less has lost it, and refuses.
    /// </summary>
    [Alias("Apply")]
    Task ApplyAsync(IReadOnlyList<RollupDelta> deltas, long handedBefore);

    /// <summary>Writes what was applied since the last write, if anything; answers the last sequence written.</summary>
    [Alias("Write")]
    Task<long> WriteAsync();
}

[GenerateSerializer, Alias("points.TotalsState")]
internal sealed class TotalsState
{
    [Id(0)] public int Balance { get; set; }
    [Id(1)] public Dictionary<string, int> ByCategory { get; set; } = [];
    [Id(2)] public Dictionary<string, int> ByMonth { get; set; } = [];
    [Id(3)] public long LastSequence { get; set; }
}
