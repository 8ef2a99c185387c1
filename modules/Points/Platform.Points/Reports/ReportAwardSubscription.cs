using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;

namespace Platform.Points.Reports;

/// <summary>
/// The backstop of verification: the async daemon hands every <see cref="ReportVerified"/> over, at
/// least once, and this asks the worker's grain for the award. Nearly always the verification has
/// already awarded it and the grain answers with that award; when the award failed after the
/// verification was saved, this is what makes it happen, with nobody repeating the call. A report
/// overturned meanwhile is not awarded here (<see cref="ReportReversalSubscription"/> takes back
/// an award that still lands).
/// </summary>
internal sealed class ReportAwardSubscription : SubscriptionBase
{
    private readonly IServiceProvider _services;

    public ReportAwardSubscription(IServiceProvider services)
    {
        _services = services;
        Name = "report_awards";
        IncludeType<ReportVerified>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var ids = page.Events.Select(e => e.Data).OfType<ReportVerified>().Select(v => v.ReportId).Distinct().ToArray();
        if (ids.Length == 0) return NullChangeListener.Instance;
        var reports = (await operations.LoadManyAsync<Report>(cancellationToken, ids)).Where(r => r.Status == ReportStatus.Verified).ToList();

        // The registry is read through its scoped contract, as a request would.
        await using var scope = _services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var workers = (await directory.FindWorkersAsync([.. reports.Select(r => r.WorkerId).Distinct()], cancellationToken))
            .ToDictionary(w => w.WorkerId);
        var grains = _services.GetRequiredService<IGrainFactory>();
        var awards = reports.Where(r => workers.ContainsKey(r.WorkerId))
            .Select(r => (r.WorkerId, Award: ReportAward.For(r, workers[r.WorkerId])))
            .Where(a => a.Award is not null);
        await Task.WhenAll(awards.Select(a => grains.GetGrain<IWorkerPointsGrain>(a.WorkerId).AwardAsync(a.Award!)));
        return NullChangeListener.Instance;
    }
}
