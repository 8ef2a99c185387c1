using JasperFx.Events;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Nominations;

/// <summary>
/// A nomination as its stream makes it (inline snapshot): the review queue, the dossier, the honour
/// roll and the enterprise's recognitions all read this document.
/// </summary>
internal sealed record Nomination(
    Guid Id, string SchemeId, string Period, SubjectRef Subject, string SubjectName, string Citation,
    Guid NominatedBy, string NominatorName, NominationStatus Status, DateTimeOffset CreatedAt)
{
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; init; } = CreatedAt;
    public DateTimeOffset? SubmittedAt { get; init; }
    public IReadOnlyList<EligibilityCheck> Eligibility { get; init; } = [];
    public SubjectFacts? Facts { get; init; }
    public Guid? CommitteeId { get; init; }
    public IReadOnlyList<Guid> Members { get; init; } = [];
    public IReadOnlyList<Recusal> Recusals { get; init; } = [];
    public IReadOnlyList<Review> Reviews { get; init; } = [];
    public ReviewTally? Tally { get; init; }
    public string? Outcome { get; init; }
    public DateTimeOffset? NoticeEndsAt { get; init; }
    public IReadOnlyList<Objection> Objections { get; init; } = [];
    public string? CertificateNumber { get; init; }
    public DateTimeOffset? AwardedAt { get; init; }

    /// <summary>Members who have not recused.</summary>
    public IReadOnlyList<Guid> ActiveMembers => Members.Where(m => Recusals.All(r => r.MemberId != m)).ToList();

    public bool IsOpen => Status is not (NominationStatus.Ineligible or NominationStatus.Rejected or NominationStatus.Withdrawn
        or NominationStatus.Awarded or NominationStatus.Revoked);

    public static Nomination Create(IEvent<NominationDrafted> e) => new(
        e.Data.NominationId, e.Data.SchemeId, e.Data.Period, e.Data.Subject, e.Data.SubjectName, e.Data.Citation,
        e.Data.NominatedBy, e.Data.NominatorName, NominationStatus.Draft, e.Timestamp);

    public Nomination Apply(IEvent<NominationCitationRevised> e) => this with { Citation = e.Data.Citation, UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<NominationSubmitted> e) => this with { SubmittedAt = e.Timestamp, UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<EligibilityChecked> e) => this with
    {
        Status = e.Data.Eligible ? NominationStatus.Eligible : NominationStatus.Ineligible,
        Eligibility = e.Data.Checks,
        Facts = e.Data.Facts,
        UpdatedAt = e.Timestamp,
    };

    public Nomination Apply(IEvent<CommitteeAssigned> e) =>
        this with { Status = NominationStatus.InReview, CommitteeId = e.Data.CommitteeId, Members = e.Data.Members, UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<MemberRecused> e) =>
        this with { Recusals = [.. Recusals, new Recusal(e.Data.MemberId, e.Data.Reason, e.Data.Automatic)], UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<ReviewSubmitted> e) => this with
    {
        Reviews = [.. Reviews, new Review(e.Data.MemberId, e.Data.Scores, e.Data.Vote, e.Data.Comment, e.Timestamp)],
        UpdatedAt = e.Timestamp,
    };

    public Nomination Apply(IEvent<NominationRecommended> e) => this with { Tally = e.Data.Tally, UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<NominationRejected> e) =>
        this with { Status = NominationStatus.Rejected, Tally = e.Data.Tally ?? Tally, Outcome = e.Data.Reason, UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<PublicNoticeStarted> e) =>
        this with { Status = NominationStatus.InNotice, NoticeEndsAt = e.Data.EndsAt, UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<ObjectionFiled> e) => this with
    {
        Objections = [.. Objections, new Objection(e.Data.ObjectionId, e.Data.ObjectorId, e.Data.Reason, e.Timestamp, ObjectionStatus.Open, null)],
        UpdatedAt = e.Timestamp,
    };

    public Nomination Apply(IEvent<ObjectionUpheld> e) => Rule(e.Data.ObjectionId, ObjectionStatus.Upheld, e.Data.Reason, e.Timestamp);

    public Nomination Apply(IEvent<ObjectionDismissed> e) => Rule(e.Data.ObjectionId, ObjectionStatus.Dismissed, e.Data.Reason, e.Timestamp);

    public Nomination Apply(IEvent<PublicNoticeEnded> e) => this with { Status = NominationStatus.NoticeEnded, UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<NominationApproved> e) => this with { UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<HonourAwarded> e) => this with
    {
        Status = NominationStatus.Awarded,
        CertificateNumber = e.Data.CertificateNumber,
        AwardedAt = e.Data.AwardedAt,
        UpdatedAt = e.Timestamp,
    };

    public Nomination Apply(IEvent<NominationWithdrawn> e) =>
        this with { Status = NominationStatus.Withdrawn, Outcome = e.Data.Reason, UpdatedAt = e.Timestamp };

    public Nomination Apply(IEvent<HonourRevoked> e) =>
        this with { Status = NominationStatus.Revoked, Outcome = e.Data.Reason, UpdatedAt = e.Timestamp };

    private Nomination Rule(Guid objectionId, ObjectionStatus status, string ruling, DateTimeOffset at) => this with
    {
        Objections = Objections.Select(o => o.Id == objectionId ? o with { Status = status, Ruling = ruling } : o).ToList(),
        UpdatedAt = at,
    };
}
