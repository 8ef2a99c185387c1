using Marten;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Rollups;

/// <summary>
/// Feeds branch and enterprise totals from the ledgers themselves, in sequence order, at least
/// once; each grain skips what it has counted (its high-water mark). A branch's or enterprise's
/// events go in order, grains in parallel.
/// </summary>
internal sealed class RollupFollower(IGrainFactory grains, IDocumentStore store, LedgerPages pages) : ILedgerFollower
{
    /// <summary>The subscription the totals had of their own until 2026-11-28; its position is caught up once.</summary>
    public const string RetiredSubscription = "ledger_rollups";

    private bool _retiredChecked;

    public async Task FollowAsync(ChangePage page, CancellationToken cancellationToken)
    {
        if (!_retiredChecked)
        {
            await CatchUpRetiredAsync(page.Floor, cancellationToken);
            _retiredChecked = true;
        }
        await ApplyAsync(page.Changes, page.Full);
    }

    /// <summary>
    /// The totals now follow the boards' position. Where their own retired subscription had not
    /// reached it, the changes in between are applied first (grains skip what they counted, and keep
    /// what they applied), then the retired position is removed.
    /// </summary>
    private async Task CatchUpRetiredAsync(long floor, CancellationToken cancellationToken)
    {
        var progression = $"{store.Options.Events.DatabaseSchemaName}.mt_event_progression";
        await using var session = store.LightweightSession();
        var retired = (await session.AdvancedSql.QueryAsync<long>(
            $"select coalesce(max(last_seq_id), -1) from {progression} where name = ?", cancellationToken, RetiredSubscription)).Single();
        if (retired < 0) return;
        await using var connection = await pages.OpenAsync(cancellationToken);
        for (var after = retired; after < floor;)
        {
            var page = await pages.ReadAsync(connection, after, floor, LedgerTail.PageSize, cancellationToken);
            await ApplyAsync(page.Changes, behind: true);
            after = page.Ceiling;
        }
        session.QueueSqlCommand($"delete from {progression} where name = ?", RetiredSubscription);
        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(IReadOnlyList<LedgerChange> changes, bool behind)
    {
        var branches = new Dictionary<Guid, List<RollupDelta>>();
        var enterprises = new Dictionary<Guid, List<RollupDelta>>();
        foreach (var change in changes)
        {
            var delta = new RollupDelta(change.Sequence, change.Points, change.Category, change.Month);
            Add(branches, change.BranchId, delta);
            if (change.EnterpriseId is { } id) Add(enterprises, id, delta);
        }
        await FollowerCalls.RunAsync(
            behind,
            branches.Select(b => (Grain: grains.GetGrain<IBranchPointsGrain>(b.Key).AsReference<IRollupGrain>(), Deltas: b.Value))
                .Concat(enterprises.Select(x => (Grain: grains.GetGrain<IEnterprisePointsGrain>(x.Key).AsReference<IRollupGrain>(), Deltas: x.Value))),
            g => g.Grain.ApplyAsync(g.Deltas));
    }

    private static void Add(Dictionary<Guid, List<RollupDelta>> into, Guid key, RollupDelta delta)
    {
        if (!into.TryGetValue(key, out var list)) into[key] = list = [];
        list.Add(delta);
    }
}
