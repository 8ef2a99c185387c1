using Platform.Points.Contracts;

namespace Platform.Points.Reports;

// Who and when are the event's metadata (user name, timestamp); why is its `reason` header and,
// for decisions, a field of the event too, so the history reads without the headers.

/// <summary>A worker reported a hazard or violation in a community.</summary>
/// <param name="WorkerName">The name at submission, so a verifier's list needs no registry look-up per row.</param>
/// <param name="DuplicateOf">The earliest earlier report of the same thing, when there was one at submission.</param>
internal sealed record ReportSubmitted(
    Guid ReportId, Guid WorkerId, string WorkerName, Guid CommunityId, ReportCategory Category,
    double Latitude, double Longitude, string Place, DateTimeOffset OccurredAt, string Description,
    IReadOnlyList<string> Evidence, string? IdempotencyKey, Guid? DuplicateOf);

/// <summary>A verifier took the report into review.</summary>
internal sealed record ReportTriaged(Guid ReportId, string Note);

/// <summary>
/// A verifier confirmed the report. <paramref name="Points"/>, <paramref name="Flags"/>, the
/// <paramref name="Rule"/> (and rules version) that set them and the <paramref name="Cap"/> they count
/// against are fixed here, so an award completed later gives what was decided, whatever the rules say then.
/// Rule and cap are null for verifications recorded before reports earned by the point rules.
/// </summary>
internal sealed record ReportVerified(
    Guid ReportId, int Points, IReadOnlyList<string> Flags, string Reason, AppliedRule? Rule = null, AwardCap? Cap = null);

/// <summary>A verifier did not confirm the report; it earns nothing.</summary>
internal sealed record ReportRejected(Guid ReportId, string Reason);

/// <summary>
/// The ledger recorded other points than the verification decided (a cap: only the first N count).
/// No longer written nor read: a report's recorded points are read from the ledger. The type stays
/// registered so streams that hold it still load.
/// </summary>
internal sealed record ReportAwardRecorded(Guid ReportId, int Points, string Reason);

/// <summary>An earlier verification was wrong: the report's points are taken back by a compensating entry.</summary>
internal sealed record ReportVerificationOverturned(Guid ReportId, string Reason);
