using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Reports;

/// <summary>
/// The backstop of an overturn: its points are taken back even when the reversal failed after the
/// overturn was saved. It is handed every <see cref="ReportVerificationOverturned"/> and also every
/// award of a report: an award still in flight when the overturn was saved lands after it, finds
/// no award to reverse then, and is reversed here when it appears in the ledger. Reversing twice
/// reverses once.
/// </summary>
internal sealed class ReportReversalSubscription : SubscriptionBase
{
    private readonly IServiceProvider _services;

    public ReportReversalSubscription(IServiceProvider services)
    {
        _services = services;
        Name = "report_reversals";
        IncludeType<ReportVerificationOverturned>();
        IncludeType<PointsAwarded>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var ids = page.Events.Select(e => e.Data switch
            {
                ReportVerificationOverturned o => o.ReportId,
                PointsAwarded { Kind: SourceKind.Report } a => a.SourceId,
                _ => Guid.Empty,
            })
            .Where(id => id != Guid.Empty).Distinct().ToArray();
        if (ids.Length == 0) return NullChangeListener.Instance;
        var overturned = (await operations.LoadManyAsync<Report>(cancellationToken, ids)).Where(r => r.Status == ReportStatus.Overturned);

        var grains = _services.GetRequiredService<IGrainFactory>();
        await Task.WhenAll(overturned.Select(r => grains.GetGrain<IWorkerPointsGrain>(r.WorkerId).ReverseAsync(ReportAward.Reversal(r))));
        return NullChangeListener.Instance;
    }
}
