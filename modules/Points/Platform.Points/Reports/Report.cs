using JasperFx.Events;

namespace Platform.Points.Reports;

/// <summary>One step of a report's history: who moved it to which status, when and why, and the points the rules gave it (what the ledger holds is read from the ledger).</summary>
internal sealed record ReportDecision(ReportStatus Status, string? By, DateTimeOffset At, string Reason, int? Points);

/// <summary>
/// A report as its stream makes it (inline snapshot: the reporter reads their submission back at
/// once, the unique index on the idempotency key is checked in the same transaction, and duplicate
/// candidates are found by an indexed query on category and time).
/// </summary>
internal sealed record Report(
    Guid Id, Guid WorkerId, string WorkerName, Guid CommunityId, ReportCategory Category,
    double Latitude, double Longitude, string Place, DateTimeOffset OccurredAt, string Description,
    IReadOnlyList<string> Evidence, string? IdempotencyKey, Guid? DuplicateOf, DateTimeOffset SubmittedAt, string? SubmittedBy,
    ReportStatus Status, IReadOnlyList<ReportDecision> History)
{
    public int Version { get; set; }

    /// <summary>The key the report's points are awarded under: one award per report, whatever retries happen.</summary>
    public string SourceKey => SourceKeyOf(Id);

    public static string SourceKeyOf(Guid reportId) => $"report:{reportId:N}";

    /// <summary>The verification's points and flags; null unless verified (an overturned report keeps them in its history).</summary>
    public ReportVerified? Verification { get; init; }

    public static Report Create(IEvent<ReportSubmitted> e)
    {
        var d = e.Data;
        return new Report(d.ReportId, d.WorkerId, d.WorkerName, d.CommunityId, d.Category, d.Latitude, d.Longitude, d.Place,
            d.OccurredAt, d.Description, d.Evidence, d.IdempotencyKey, d.DuplicateOf, e.Timestamp, e.UserName,
            ReportStatus.Submitted, []);
    }

    public Report Apply(IEvent<ReportTriaged> e) => Step(ReportStatus.InReview, e, e.Data.Note, null);

    public Report Apply(IEvent<ReportVerified> e) => Step(ReportStatus.Verified, e, e.Data.Reason, e.Data.Points) with { Verification = e.Data };

    public Report Apply(IEvent<ReportRejected> e) => Step(ReportStatus.Rejected, e, e.Data.Reason, null);

    public Report Apply(IEvent<ReportVerificationOverturned> e) =>
        Step(ReportStatus.Overturned, e, e.Data.Reason, Verification is { } v ? -v.Points : null);

    private Report Step(ReportStatus status, IEvent e, string reason, int? points) =>
        this with { Status = status, History = [.. History, new ReportDecision(status, e.UserName, e.Timestamp, reason, points)] };
}
