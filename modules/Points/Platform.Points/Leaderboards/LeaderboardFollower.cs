using JasperFx.Events.Projections;
using Marten;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Keeps the boards from the ledgers. A page's feed rows are queued on the page's own operations,
/// so they commit with the subscription's progress; the changes go to each touched board's grain
/// (one call per board and period) before that, as <see cref="LeaderboardGrain"/> explains. An
/// earning award is five appended rows and twenty changes in memory, not twenty upserts.
/// </summary>
internal sealed class LeaderboardFollower(FeedRows feedRows, BoardFeed feed, BoardFeedBuild build, IGrainFactory grains) : ILedgerFollower
{
    public async Task FollowAsync(EventRange page, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        await build.EnsureAsync(cancellationToken);
        var rows = await feedRows.RowsOfAsync(page.Events, cancellationToken);
        feed.Queue(operations, rows, page.SequenceCeiling);
        if (rows.Count == 0) return;

        var changes = new Dictionary<string, List<BoardChange>>();
        foreach (var row in rows)
        {
            var change = new BoardChange(row.Sequence, row.WorkerId, row.Points);
            foreach (var period in Board.PeriodsOf(row.Month))
            {
                var key = LeaderboardGrain.KeyOf(row.Board, period);
                if (!changes.TryGetValue(key, out var list)) changes[key] = list = [];
                list.Add(change);
            }
        }
        await Task.WhenAll(changes.Select(c => grains.GetGrain<ILeaderboardGrain>(c.Key).ApplyAsync(c.Value)));
    }
}
