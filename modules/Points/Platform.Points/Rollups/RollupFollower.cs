using Marten;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Rollups;

/// <summary>
/// Feeds branch and enterprise totals from the ledgers themselves, in sequence order, at least
/// once; each grain skips what it has counted (its high-water mark). A branch's or enterprise's
/// events go in order, grains in parallel. Totals apply a page in memory and write when the tail
/// asks (<see cref="WriteAsync"/>); the tail hands every page after its last write over again
/// when it starts, so a host that died holding unwritten totals loses nothing.
/// </summary>
internal sealed class RollupFollower(IGrainFactory grains, IDocumentStore store, LedgerPages pages) : ILedgerFollower
{
    /// <summary>The subscription the totals had of their own until 2026-11-28; its position is caught up once.</summary>
    public const string RetiredSubscription = "ledger_rollups";

    /// <summary>The last sequence handed to each total since the tail last started from its durable position.</summary>
    private readonly Dictionary<GrainId, long> _handed = [];

    /// <summary>The totals handed something since the last write.</summary>
    private readonly Dictionary<GrainId, IRollupGrain> _unwritten = [];

    private bool _retiredChecked;
    private long _followed;
    private bool _behind;

    public async Task FollowAsync(ChangePage page, CancellationToken cancellationToken)
    {
        if (!_retiredChecked)
        {
            await CatchUpRetiredAsync(page.Floor, cancellationToken);
            _retiredChecked = true;
        }
        // A page that does not start where the last one ended is the tail starting again from its
        // durable position: every total holds at least that, and gets everything after it again.
        if (page.Floor != _followed) _handed.Clear();
        _behind = page.Full;
        await ApplyAsync(page.Changes, page.Full);
        _followed = page.Ceiling;
    }

    /// <summary>
    /// Writes every total handed something since the last write. One that answers less than it was
    /// handed was reloaded from an older write (its host died): the write fails, and the tail starts
    /// again from its durable position, handing it what it lost.
    /// </summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var due = _unwritten.ToList();
        _unwritten.Clear();
        // The calls only read what was handed (two may run at once); pages are not followed meanwhile.
        await FollowerCalls.RunAsync(_behind, due, async total =>
        {
            var (written, handed) = (await total.Value.WriteAsync(), _handed.GetValueOrDefault(total.Key));
            if (written < handed)
                throw new InvalidOperationException($"{total.Key} wrote the ledger up to {written} but was handed it up to {handed}.");
        });
    }

    /// <summary>
    /// The totals now follow the boards' position. Where their own retired subscription had not
    /// reached it, the changes in between are applied and written first (grains skip what they
    /// counted), then the retired position is removed.
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
        _behind = true;
        await WriteAsync(cancellationToken);
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
        var calls = branches.Select(b => Call(grains.GetGrain<IBranchPointsGrain>(b.Key).AsReference<IRollupGrain>(), b.Value))
            .Concat(enterprises.Select(x => Call(grains.GetGrain<IEnterprisePointsGrain>(x.Key).AsReference<IRollupGrain>(), x.Value)))
            .ToList();
        foreach (var call in calls) _unwritten[call.Id] = call.Grain;
        await FollowerCalls.RunAsync(behind, calls, c => c.Grain.ApplyAsync(c.Deltas, c.HandedBefore));
        // Deltas are in sequence order: each total's last is the furthest it was handed.
        foreach (var call in calls) _handed[call.Id] = call.Deltas[^1].Sequence;
    }

    private TotalsCall Call(IRollupGrain grain, List<RollupDelta> deltas)
    {
        var id = grain.GetGrainId();
        return new TotalsCall(id, grain, deltas, _handed.GetValueOrDefault(id));
    }

    private static void Add(Dictionary<Guid, List<RollupDelta>> into, Guid key, RollupDelta delta)
    {
        if (!into.TryGetValue(key, out var list)) into[key] = list = [];
        list.Add(delta);
    }

    private sealed record TotalsCall(GrainId Id, IRollupGrain Grain, List<RollupDelta> Deltas, long HandedBefore);
}
