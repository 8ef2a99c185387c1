using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;

namespace Platform.Points.Reports;

/// <summary>
/// The backstop of an overturn: its points are taken back even when the reversal failed after the
/// overturn was saved. It is handed every <see cref="ReportVerificationOverturned"/>. An award still
/// in flight when the overturn was saved lands after it and finds no award to reverse then:
/// <see cref="OverturnedReportAwards"/>, a follower of the ledger, reverses it when it appears
/// there. Reversing twice reverses once.
/// </summary>
internal sealed class ReportReversalSubscription : SubscriptionBase
{
    private readonly IServiceProvider _services;

    public ReportReversalSubscription(IServiceProvider services)
    {
        _services = services;
        Name = "report_reversals";
        IncludeType<ReportVerificationOverturned>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var ids = page.Events.Select(e => e.Data).OfType<ReportVerificationOverturned>().Select(o => o.ReportId);
        await OverturnedReportAwards.ReverseAsync(ids, operations, _services.GetRequiredService<IGrainFactory>(), cancellationToken);
        return NullChangeListener.Instance;
    }
}
