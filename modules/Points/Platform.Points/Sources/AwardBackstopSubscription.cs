using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;

namespace Platform.Points.Sources;

/// <summary>
/// The backstop of a decision that earns (a grid task accepted, a report verified): the async
/// daemon hands every such decision over, at least once, and this asks the worker's grain for the
/// award. Nearly always the decision has already awarded it and the grain answers with that award;
/// when the award failed after the decision was saved (a crash, an unreachable grain) this is what
/// makes it happen, with nobody repeating the call.
/// </summary>
/// <typeparam name="TDecision">The event that earns.</typeparam>
/// <typeparam name="TSource">The source's snapshot document, read again: it may have moved on since.</typeparam>
internal sealed class AwardBackstopSubscription<TDecision, TSource> : SubscriptionBase
    where TDecision : class
    where TSource : class
{
    private readonly IServiceProvider _services;
    private readonly Func<TDecision, Guid> _sourceOf;
    private readonly Func<TSource, Guid?> _earningWorker;
    private readonly Func<TSource, WorkerSummary, AwardRequest?> _award;

    /// <param name="earningWorker">The worker a source still earns for, or null when it no longer earns (overturned, rejected).</param>
    public AwardBackstopSubscription(
        string name, IServiceProvider services, Func<TDecision, Guid> sourceOf, Func<TSource, Guid?> earningWorker,
        Func<TSource, WorkerSummary, AwardRequest?> award)
    {
        _services = services;
        _sourceOf = sourceOf;
        _earningWorker = earningWorker;
        _award = award;
        Name = name;
        IncludeType<TDecision>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var ids = page.Events.Select(e => e.Data).OfType<TDecision>().Select(_sourceOf).Distinct().ToArray();
        if (ids.Length == 0) return NullChangeListener.Instance;
        var earning = (await operations.LoadManyAsync<TSource>(cancellationToken, ids))
            .Select(s => (Source: s, Worker: _earningWorker(s))).Where(s => s.Worker is not null).ToList();

        // The registry is read through its scoped contract, as a request would.
        await using var scope = _services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var workers = (await directory.FindWorkersAsync([.. earning.Select(s => s.Worker!.Value).Distinct()], cancellationToken))
            .ToDictionary(w => w.WorkerId);
        var grains = _services.GetRequiredService<IGrainFactory>();
        var awards = earning.Where(s => workers.ContainsKey(s.Worker!.Value))
            .Select(s => (Worker: s.Worker!.Value, Request: _award(s.Source, workers[s.Worker!.Value])))
            .Where(a => a.Request is not null);
        await Task.WhenAll(awards.Select(a => grains.GetGrain<IWorkerPointsGrain>(a.Worker).AwardAsync(a.Request!)));
        return NullChangeListener.Instance;
    }
}
