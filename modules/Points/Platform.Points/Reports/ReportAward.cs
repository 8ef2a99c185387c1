using Platform.Organization.Contracts;
using Platform.Points.Contracts;

namespace Platform.Points.Reports;

/// <summary>
/// The award of a verified report and its reversal, the same whoever asks (the decision itself, a
/// repeat of it, or the award backstop subscription): the source key makes the first one count.
/// </summary>
internal static class ReportAward
{
    /// <summary>The award, or null when the verification earned nothing (a duplicate worth 0, no rule for the category): the grain refuses 0 points.</summary>
    public static AwardRequest? For(Report report, WorkerSummary worker)
    {
        if (report.Verification is not { } verified)
            throw new InvalidOperationException($"Report {report.Id} was never verified: it earns nothing.");
        if (verified.Points <= 0) return null;
        var by = report.History.LastOrDefault(h => h.Status == ReportStatus.Verified)?.By;
        // Branch and enterprise are the worker's when the points are awarded, as for every source.
        return new AwardRequest(
            report.SourceKey, SourceKind.Report, report.Id, verified.Points,
            $"有奖举报·{ReportLabels.Chinese(report.Category)} (report verified: {verified.Reason})", report.Category.ToString(),
            worker.EnterpriseIds.Count == 1 ? worker.EnterpriseIds[0] : null, worker.BranchId, report.OccurredAt, by,
            verified.Rule, verified.Cap, verified.Flags.Count == 0 ? null : verified.Flags);
    }

    public static ReversalRequest Reversal(Report report)
    {
        var overturn = report.History.LastOrDefault(h => h.Status == ReportStatus.Overturned)
            ?? throw new InvalidOperationException($"Report {report.Id} was not overturned: its points stand.");
        return new ReversalRequest(report.SourceKey, $"有奖举报·{ReportLabels.Chinese(report.Category)} (verification overturned: {overturn.Reason})", overturn.By);
    }
}
