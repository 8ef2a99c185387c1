using Microsoft.Extensions.Options;

namespace Platform.Points.Reports;

/// <summary>What a verification earns, with the facts that decided it (the award's flags).</summary>
internal sealed record ReportPointsDecision(int Points, IReadOnlyList<string> Flags);

/// <summary>
/// The one place a verified report's points are decided. A rules engine will take its place: it
/// is asked here and nowhere else, and what it answers is fixed in <see cref="ReportVerified"/>.
/// </summary>
internal sealed class ReportPoints(IOptionsMonitor<ReportOptions> options)
{
    public const string DuplicateFlag = "duplicate";

    public ReportPointsDecision For(Report report) => report.DuplicateOf is null
        ? new ReportPointsDecision(options.CurrentValue.Categories.PointsFor(report.Category), [])
        : new ReportPointsDecision(options.CurrentValue.DuplicatePoints, [DuplicateFlag]);
}
