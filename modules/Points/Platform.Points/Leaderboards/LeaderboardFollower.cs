using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Keeps the boards from the ledgers. A page's changes are queued on the page's own operations, so
/// they commit with the subscription's progress: a page is applied entirely once or not at all, and
/// a crash before the commit replays the page on nothing. Deltas are summed per (board, period,
/// worker) and written by one statement, so a page of thousands of awards is one round trip.
/// </summary>
internal sealed class LeaderboardFollower(BoardPlacement placement, IDocumentStore store) : ILedgerFollower
{
    private readonly string _upsert = LeaderboardSql.ApplyChanges(new LeaderboardTables(store.Options.DatabaseSchemaName));

    public async Task FollowAsync(EventRange page, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var awards = page.Events.Select(Award.Of).OfType<Award>().Where(a => a.Points != 0).ToList();
        if (awards.Count == 0) return;
        await placement.LearnAsync(awards.Select(a => a.BranchId), awards.Select(a => a.EnterpriseId).OfType<Guid>(), cancellationToken);

        var changes = new Dictionary<(string Board, string Period, Guid Worker), (int Delta, long Reached)>();
        foreach (var award in awards)
        {
            foreach (var board in placement.BoardsOf(award.BranchId, award.EnterpriseId))
            {
                foreach (var period in Board.PeriodsOf(award.Month))
                {
                    var key = (board, period, award.WorkerId);
                    var (delta, _) = changes.GetValueOrDefault(key);
                    // Events come in sequence order: the last one to move the score is when it was reached.
                    changes[key] = (delta + award.Points, award.Sequence);
                }
            }
        }
        operations.QueueSqlCommand(_upsert,
            changes.Keys.Select(k => k.Board).ToArray(), changes.Keys.Select(k => k.Period).ToArray(),
            changes.Keys.Select(k => k.Worker).ToArray(), changes.Values.Select(v => v.Delta).ToArray(),
            changes.Values.Select(v => v.Reached).ToArray());
    }

    private sealed record Award(long Sequence, Guid WorkerId, int Points, Guid BranchId, Guid? EnterpriseId, string Month)
    {
        public static Award? Of(IEvent e) => e.Data switch
        {
            PointsAwarded a => new Award(e.Sequence, a.WorkerId, a.Points, a.BranchId, a.EnterpriseId, a.Month),
            PointsReversed r => new Award(e.Sequence, r.WorkerId, -r.Points, r.BranchId, r.EnterpriseId, r.Month),
            _ => null,
        };
    }
}
