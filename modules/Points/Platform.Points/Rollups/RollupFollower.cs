using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Rollups;

/// <summary>
/// Feeds branch and enterprise totals from the ledgers themselves, in sequence order, at least
/// once; each grain skips what it has counted (its high-water mark). A branch's or enterprise's
/// events go in order, grains in parallel.
/// </summary>
internal sealed class RollupFollower(IGrainFactory grains, IDocumentStore store, ProgrammeCalendar calendar) : ILedgerFollower
{
    /// <summary>The subscription the totals had of their own until 2026-11-28; its position is caught up once.</summary>
    public const string RetiredSubscription = "ledger_rollups";

    private bool _retiredChecked;

    public async Task FollowAsync(EventRange page, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        if (!_retiredChecked)
        {
            await CatchUpRetiredAsync(page.SequenceFloor, cancellationToken);
            _retiredChecked = true;
        }
        await ApplyAsync(page.Events);
    }

    /// <summary>
    /// The totals now follow the boards' position. Where their own retired subscription had not
    /// reached it, the events in between are applied first (grains skip what they counted, and keep
    /// what they applied), then the retired position is removed. Its own session: followers run
    /// side by side, and only the boards queue on the page's operations.
    /// </summary>
    private async Task CatchUpRetiredAsync(long floor, CancellationToken cancellationToken)
    {
        var progression = $"{store.Options.Events.DatabaseSchemaName}.mt_event_progression";
        await using var session = store.LightweightSession();
        var retired = (await session.AdvancedSql.QueryAsync<long>(
            $"select coalesce(max(last_seq_id), -1) from {progression} where name = ?", cancellationToken, RetiredSubscription)).Single();
        if (retired < 0) return;
        const int chunk = 5_000;
        for (var after = retired; after < floor;)
        {
            var events = await session.Events.QueryAllRawEvents()
                .Where(e => e.Sequence > after && e.Sequence <= floor).OrderBy(e => e.Sequence).Take(chunk).ToListAsync(cancellationToken);
            if (events.Count == 0) break;
            await ApplyAsync(events);
            after = events[^1].Sequence;
        }
        session.QueueSqlCommand($"delete from {progression} where name = ?", RetiredSubscription);
        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(IEnumerable<IEvent> events)
    {
        var branches = new Dictionary<Guid, List<RollupDelta>>();
        var enterprises = new Dictionary<Guid, List<RollupDelta>>();
        foreach (var e in events)
        {
            var (branch, enterprise, delta) = e.Data switch
            {
                PointsAwarded a => (a.BranchId, a.EnterpriseId, new RollupDelta(e.Sequence, a.Points, a.Category, a.MonthIn(calendar))),
                PointsReversed r => (r.BranchId, r.EnterpriseId, new RollupDelta(e.Sequence, -r.Points, r.Category, r.Month)),
                _ => (Guid.Empty, (Guid?)null, null),
            };
            if (delta is null) continue;
            Add(branches, branch, delta);
            if (enterprise is { } id) Add(enterprises, id, delta);
        }
        await Task.WhenAll(
            branches.Select(b => grains.GetGrain<IBranchPointsGrain>(b.Key).AsReference<IRollupGrain>().ApplyAsync(b.Value))
                .Concat(enterprises.Select(x => grains.GetGrain<IEnterprisePointsGrain>(x.Key).AsReference<IRollupGrain>().ApplyAsync(x.Value))));
    }

    private static void Add(Dictionary<Guid, List<RollupDelta>> into, Guid key, RollupDelta delta)
    {
        if (!into.TryGetValue(key, out var list)) into[key] = list = [];
        list.Add(delta);
    }
}
