using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Rollups;

/// <summary>
/// Feeds branch and enterprise totals from the ledgers themselves: the async daemon hands over
/// ledger events in sequence order, at least once, and progress is kept by Marten; each grain
/// skips what it has counted. A branch's or enterprise's events go in order, grains in parallel.
/// The same page then goes to every <see cref="ILedgerFollower"/>, so the ledger is read once for all.
/// </summary>
internal sealed class LedgerRollupSubscription : SubscriptionBase
{
    private readonly IServiceProvider _services;

    public LedgerRollupSubscription(IServiceProvider services)
    {
        _services = services;
        Name = "ledger_rollups";
        IncludeType<PointsAwarded>();
        IncludeType<PointsReversed>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var branches = new Dictionary<Guid, List<RollupDelta>>();
        var enterprises = new Dictionary<Guid, List<RollupDelta>>();
        foreach (var e in page.Events)
        {
            var (branch, enterprise, delta) = e.Data switch
            {
                PointsAwarded a => (a.BranchId, a.EnterpriseId, new RollupDelta(e.Sequence, a.Points, a.Category, a.Month)),
                PointsReversed r => (r.BranchId, r.EnterpriseId, new RollupDelta(e.Sequence, -r.Points, r.Category, r.Month)),
                _ => (Guid.Empty, (Guid?)null, null),
            };
            if (delta is null) continue;
            Add(branches, branch, delta);
            if (enterprise is { } id) Add(enterprises, id, delta);
        }
        var grains = _services.GetRequiredService<IGrainFactory>();
        await Task.WhenAll(
            branches.Select(b => grains.GetGrain<IBranchPointsGrain>(b.Key).AsReference<IRollupGrain>().ApplyAsync(b.Value))
                .Concat(enterprises.Select(x => grains.GetGrain<IEnterprisePointsGrain>(x.Key).AsReference<IRollupGrain>().ApplyAsync(x.Value))));
        foreach (var follower in _services.GetServices<ILedgerFollower>())
            await follower.FollowAsync(page.Events, operations, cancellationToken);
        return NullChangeListener.Instance;
    }

    private static void Add(Dictionary<Guid, List<RollupDelta>> into, Guid key, RollupDelta delta)
    {
        if (!into.TryGetValue(key, out var list)) into[key] = list = [];
        list.Add(delta);
    }
}
