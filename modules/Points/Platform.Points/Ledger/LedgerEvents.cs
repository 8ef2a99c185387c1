using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>
/// Points added to (or, for an adjustment, taken from) a worker's ledger for one source; the
/// source key is counted once. <c>Month</c> is the programme month the source happened in.
/// </summary>
internal sealed record PointsAwarded(
    Guid WorkerId, string SourceKey, SourceKind Kind, Guid SourceId, int Points, string Reason, string Category,
    Guid? EnterpriseId, Guid BranchId, DateTimeOffset OccurredAt, string Month, AppliedRule? Rule = null)
{
    /// <summary>The programme month of the award: awards recorded before 2026-11-27 carry none, and count in the month they happened in.</summary>
    public string MonthIn(ProgrammeCalendar calendar) => Month ?? calendar.MonthOf(OccurredAt);
}

/// <summary>An earlier award taken back by a compensating entry; it counts against the award's month and category.</summary>
internal sealed record PointsReversed(
    Guid WorkerId, string SourceKey, string ReversedKey, int Points, string Reason, string Category,
    Guid? EnterpriseId, Guid BranchId, string Month);
