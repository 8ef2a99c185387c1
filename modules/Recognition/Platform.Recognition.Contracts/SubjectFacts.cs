using Platform.Organization.Contracts;

namespace Platform.Recognition.Contracts;

/// <summary>One round of a scheme: its label and its bounds in the programme's time zone (end exclusive).</summary>
/// <param name="Label">E.g. <c>2026</c>, <c>2026-Q3</c>, <c>2026-07</c>.</param>
/// <param name="From">First instant.</param>
/// <param name="To">First instant after the period.</param>
public sealed record SchemePeriod(string Label, DateTimeOffset From, DateTimeOffset To);

/// <summary>
/// What eligibility is judged on: the subject's facts for one period, gathered from the registry and
/// the points ledger, and kept in the nomination's history as they were.
/// </summary>
/// <param name="Subject">Whom the facts are about.</param>
/// <param name="Name">The subject's display name.</param>
/// <param name="Period">The period the facts cover.</param>
/// <param name="Points">Points earned in the period (for a branch or enterprise: by its workers, where earned).</param>
/// <param name="PointsByCategory">Those points by category (activity, grid task, report, ...).</param>
/// <param name="VerifiedReports">Reports verified in the period (workers).</param>
/// <param name="Sanctions">Sanctions in force during the period.</param>
/// <param name="TenureMonths">Whole months since the subject was registered, at the end of the period.</param>
/// <param name="MemberStatus">The worker's member status where known (sensitive: never shown beyond the dossier's readers).</param>
/// <param name="DistrictId">District (quota scope), when the subject has one.</param>
/// <param name="BranchId">The worker's branch, or the branch itself.</param>
/// <param name="EnterpriseIds">The worker's enterprises, the branch's enterprise, or the enterprise itself.</param>
/// <param name="Sectors">Sectors of the subject.</param>
public sealed record SubjectFacts(
    SubjectRef Subject, string Name, SchemePeriod Period, int Points, IReadOnlyDictionary<string, int> PointsByCategory,
    int VerifiedReports, int Sanctions, int TenureMonths, string? MemberStatus,
    Guid? DistrictId, Guid? BranchId, IReadOnlyList<Guid> EnterpriseIds, IReadOnlyList<Sector> Sectors);

/// <summary>One eligibility rule applied to the facts.</summary>
/// <param name="Rule">The rule as the scheme states it (e.g. <c>points &gt;= 300</c>).</param>
/// <param name="Passed">Whether the facts meet it.</param>
/// <param name="Reason">Why, with the values used (e.g. "points 120 &lt; 300").</param>
public sealed record EligibilityCheck(string Rule, bool Passed, string Reason);

/// <summary>The result of an eligibility check: eligible when every rule passed.</summary>
/// <param name="Checks">Every rule, in the scheme's order.</param>
public sealed record EligibilityOutcome(IReadOnlyList<EligibilityCheck> Checks)
{
    /// <summary>Whether every rule passed.</summary>
    public bool Eligible => Checks.All(c => c.Passed);
}
