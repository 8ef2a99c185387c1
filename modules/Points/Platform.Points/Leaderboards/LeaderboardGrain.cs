namespace Platform.Points.Leaderboards;

/// <summary>
/// A board in a period held in memory, loaded from the ledger's entries on activation and kept by
/// the follower's pages. The follower hands a page's changes over before the page commits, and skips
/// nothing on failure: a page that fails is handed over again and the standings skip what they have
/// (by sequence). A board reloaded before the page commits reads the ledger up to the follower's
/// position without the page, then gets it from the follower; one reloaded after reads it with the
/// page and skips it when handed over.
/// </summary>
internal sealed class LeaderboardGrain(BoardStore store) : Grain, ILeaderboardGrain
{
    private readonly BoardStandings _standings = new();

    public static string KeyOf(string board, string period) => $"{board}|{period}";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var split = key.LastIndexOf('|');
        return store.LoadAsync(key[..split], key[(split + 1)..], _standings, cancellationToken);
    }

    public Task ApplyAsync(IReadOnlyList<BoardChange> changes)
    {
        foreach (var change in changes) _standings.Apply(change);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<BoardRow>> TopAsync(int first) => Task.FromResult(_standings.Top(first));

    public Task<BoardRank?> RankAsync(Guid workerId) => Task.FromResult(_standings.Rank(workerId));

    public Task<BoardScores> ScoresAsync() => Task.FromResult(new BoardScores(_standings.Position, _standings.Scores()));
}
