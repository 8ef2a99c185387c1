using Platform.Points.Contracts;
using Platform.Points.Rules;

namespace Platform.Points.Reports;

/// <summary>
/// The one place a verified report's points are decided: the point rules, asked with the report's
/// category, when it happened and whether it is a duplicate. The answer is fixed in <see cref="ReportVerified"/>.
/// </summary>
internal sealed class ReportPoints(PointRules rules)
{
    public RuleOutcome For(Report report) => rules.Evaluate(new RuleQuery(
        SourceKind.Report, report.Category.ToString(), report.OccurredAt,
        report.DuplicateOf is null ? new HashSet<string>() : new HashSet<string> { PointFlags.Duplicate }));
}
