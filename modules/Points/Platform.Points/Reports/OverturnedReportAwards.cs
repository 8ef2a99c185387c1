using Marten;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Reports;

/// <summary>Reverses the award of every overturned report among those named: on an overturn, and on a report's award landing after one.</summary>
internal sealed class OverturnedReportAwards(IGrainFactory grains, IDocumentStore store) : ILedgerFollower
{
    public async Task FollowAsync(ChangePage page, CancellationToken cancellationToken)
    {
        var reports = page.Changes.Where(c => c.Kind == SourceKind.Report && !c.IsReversal).Select(c => c.SourceId).ToList();
        if (reports.Count == 0) return;
        await using var session = store.QuerySession();
        await ReverseAsync(reports, session, grains, cancellationToken);
    }

    public static async Task ReverseAsync(IEnumerable<Guid> reportIds, IQuerySession session, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var ids = reportIds.Where(id => id != Guid.Empty).Distinct().ToArray();
        if (ids.Length == 0) return;
        var overturned = (await session.LoadManyAsync<Report>(cancellationToken, ids)).Where(r => r.Status == ReportStatus.Overturned);
        await Task.WhenAll(overturned.Select(r => grains.GetGrain<IWorkerPointsGrain>(r.WorkerId).ReverseAsync(ReportAward.Reversal(r))));
    }
}
