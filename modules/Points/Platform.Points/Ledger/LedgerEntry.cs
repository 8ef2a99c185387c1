using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>
/// One entry, stored under its source key in the same transaction as the ledger event: the
/// unique id is what makes a source count once, and it is the worker's readable history.
/// A reversal is an entry of its own (<c>ReversalOf</c> names the award, points are negative).
/// <c>Rule</c> names the point rule and rules version that set the points; <c>Cap</c> the cap it
/// counted against, and <c>CapSlot</c> the cap's key and period ("report.traffic|2026-11-27").
/// </summary>
internal sealed record LedgerEntry(
    string Id, Guid WorkerId, SourceKind Kind, Guid SourceId, int Points, string Reason, string Category,
    Guid? EnterpriseId, Guid BranchId, DateTimeOffset OccurredAt, DateTimeOffset AwardedAt, string? By, string Month,
    string? ReversalOf = null, AppliedRule? Rule = null, AwardCap? Cap = null,
    IReadOnlyList<string>? Flags = null, string? CapSlot = null)
{
    public Award ToAward(bool repeat) => new(Id, WorkerId, Kind, SourceId, Points, Reason, Category, AwardedAt, By, repeat);

    public static string ReversalKey(string sourceKey) => $"reversal:{sourceKey}";

    /// <summary>An instant as the ledger keeps it (UTC, to the microsecond), so an entry answered from memory reads as it will from the table.</summary>
    public static DateTimeOffset Instant(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}
