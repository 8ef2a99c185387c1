using JasperFx.Events.Projections;
using Marten;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Reports;

/// <summary>Reverses the award of every overturned report among those named: on an overturn, and on a report's award landing after one.</summary>
internal sealed class OverturnedReportAwards(IGrainFactory grains) : ILedgerFollower
{
    public Task FollowAsync(EventRange page, IDocumentOperations operations, CancellationToken cancellationToken) =>
        ReverseAsync(
            page.Events.Select(e => e.Data).OfType<PointsAwarded>().Where(a => a.Kind == SourceKind.Report).Select(a => a.SourceId),
            operations, grains, cancellationToken);

    public static async Task ReverseAsync(IEnumerable<Guid> reportIds, IDocumentOperations operations, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var ids = reportIds.Where(id => id != Guid.Empty).Distinct().ToArray();
        if (ids.Length == 0) return;
        var overturned = (await operations.LoadManyAsync<Report>(cancellationToken, ids)).Where(r => r.Status == ReportStatus.Overturned);
        await Task.WhenAll(overturned.Select(r => grains.GetGrain<IWorkerPointsGrain>(r.WorkerId).ReverseAsync(ReportAward.Reversal(r))));
    }
}
