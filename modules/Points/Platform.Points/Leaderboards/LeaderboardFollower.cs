using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Keeps the boards from the ledgers: a page's changes go to each touched board's grain (one call per
/// board and period) before the page commits, as <see cref="LeaderboardGrain"/> explains. An earning
/// award is twenty changes in memory and nothing written: a board is loaded from the entries
/// themselves (<see cref="BoardStore"/>), which the fold keeps short to read (<see cref="BoardFold"/>).
/// </summary>
internal sealed class LeaderboardFollower(ChangePlacement placement, BoardFold fold, IGrainFactory grains) : ILedgerFollower
{
    public async Task FollowAsync(ChangePage page, CancellationToken cancellationToken)
    {
        // Also on a page without earning changes: a ledger gone quiet after a burst folds it then,
        // not at the next award.
        fold.StartIfDue(page.Floor);
        var placed = await placement.PlaceAsync(page.Changes, cancellationToken);
        if (placed.Count == 0) return;

        await FollowerCalls.RunAsync(page.Full, ChangesByGrain(placed), c => grains.GetGrain<ILeaderboardGrain>(c.Key).ApplyAsync(c.Value));
    }

    /// <summary>Each touched board grain's changes, in sequence order (changes come in sequence order).</summary>
    internal static Dictionary<string, List<BoardChange>> ChangesByGrain(IReadOnlyList<PlacedChange> rows)
    {
        // Grouped by board and month first, so a grain's key is built once per group, not per row and period.
        var changes = new Dictionary<string, List<BoardChange>>();
        foreach (var group in rows.GroupBy(r => (r.Board, r.Month)))
        {
            var groupChanges = group.Select(r => new BoardChange(r.Sequence, r.WorkerId, r.Points)).ToArray();
            foreach (var period in Board.PeriodsOf(group.Key.Month))
            {
                var key = LeaderboardGrain.KeyOf(group.Key.Board, period);
                if (!changes.TryGetValue(key, out var list)) changes[key] = list = [];
                list.AddRange(groupChanges);
            }
        }
        // A page across a month's end gives a quarter, year or all-time board two months: back into sequence order.
        foreach (var list in changes.Values.Where(l => !InOrder(l))) list.Sort((x, y) => x.Sequence.CompareTo(y.Sequence));
        return changes;
    }

    private static bool InOrder(List<BoardChange> changes)
    {
        for (var i = 1; i < changes.Count; i++)
        {
            if (changes[i].Sequence < changes[i - 1].Sequence) return false;
        }
        return true;
    }
}
