namespace Platform.Points.Leaderboards;

/// <summary>One ledger event's change to one worker on one board in one period.</summary>
[GenerateSerializer, Immutable, Alias("points.BoardChange")]
internal sealed record BoardChange([property: Id(0)] long Sequence, [property: Id(1)] Guid WorkerId, [property: Id(2)] int Points);

[GenerateSerializer, Immutable, Alias("points.BoardRow")]
internal sealed record BoardRow([property: Id(0)] int Rank, [property: Id(1)] Guid WorkerId, [property: Id(2)] int Score);

[GenerateSerializer, Immutable, Alias("points.BoardRank")]
internal sealed record BoardRank([property: Id(0)] int Rank, [property: Id(1)] int Score, [property: Id(2)] int Of);

/// <summary>Every worker's score on a board, and the last ledger sequence the board counted.</summary>
[GenerateSerializer, Immutable, Alias("points.BoardScores")]
internal sealed record BoardScores([property: Id(0)] long Position, [property: Id(1)] IReadOnlyDictionary<Guid, int> Scores);

/// <summary>A board in a period, keyed <c>{board}|{period}</c> (see <see cref="LeaderboardGrain.KeyOf"/>).</summary>
[Alias("points.ILeaderboardGrain")]
internal interface ILeaderboardGrain : IGrainWithStringKey
{
    /// <summary>Applies a page's changes to this board, in sequence order; those it has applied already are skipped.</summary>
    [Alias("Apply")]
    Task ApplyAsync(IReadOnlyList<BoardChange> changes);

    [Alias("Top")]
    Task<IReadOnlyList<BoardRow>> TopAsync(int first);

    /// <summary>The worker's place; null when they have no points on the board.</summary>
    [Alias("Rank")]
    Task<BoardRank?> RankAsync(Guid workerId);

    /// <summary>Every worker's score and how far the board has counted, for reconciliation.</summary>
    [Alias("Scores")]
    Task<BoardScores> ScoresAsync();
}
