using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;

namespace Platform.Points.GridTasks;

/// <summary>
/// The backstop of acceptance: the async daemon hands every <see cref="GridTaskAccepted"/> over,
/// at least once, and this asks the worker's grain for the award. Nearly always the acceptance has
/// already awarded it and the grain answers with that award; when the award failed after the
/// acceptance was saved (a crash, an unreachable grain) this is what makes it happen, with nobody
/// repeating the call.
/// </summary>
internal sealed class GridTaskAwardSubscription : SubscriptionBase
{
    private readonly IServiceProvider _services;

    public GridTaskAwardSubscription(IServiceProvider services)
    {
        _services = services;
        Name = "grid_task_awards";
        IncludeType<GridTaskAccepted>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var ids = page.Events.Select(e => e.Data).OfType<GridTaskAccepted>().Select(a => a.TaskId).Distinct().ToArray();
        if (ids.Length == 0) return NullChangeListener.Instance;
        var tasks = (await operations.LoadManyAsync<GridTask>(cancellationToken, ids)).Where(t => t.Status == GridTaskStatus.Accepted).ToList();

        // The registry is read through its scoped contract, as a request would.
        await using var scope = _services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var workers = (await directory.FindWorkersAsync([.. tasks.Select(t => t.WorkerId).Distinct()], cancellationToken))
            .ToDictionary(w => w.WorkerId);
        var grains = _services.GetRequiredService<IGrainFactory>();
        var awards = tasks.Where(t => workers.ContainsKey(t.WorkerId))
            .Select(t => (t.WorkerId, Request: GridTaskAward.For(t, workers[t.WorkerId])))
            .Where(a => a.Request is not null);
        await Task.WhenAll(awards.Select(a => grains.GetGrain<IWorkerPointsGrain>(a.WorkerId).AwardAsync(a.Request!)));
        return NullChangeListener.Instance;
    }
}
