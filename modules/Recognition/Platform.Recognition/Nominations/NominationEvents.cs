using Platform.Recognition.Contracts;

namespace Platform.Recognition.Nominations;

// One stream per nomination (stream id = nomination id = honour id). Who and when are the event's
// metadata (user name, timestamp); why is in the event where a person gives a reason.

internal sealed record NominationDrafted(
    Guid NominationId, string SchemeId, string Period, SubjectRef Subject, string SubjectName, string Citation, Guid NominatedBy, string NominatorName);

internal sealed record NominationCitationRevised(Guid NominationId, string Citation);

internal sealed record NominationSubmitted(Guid NominationId);

/// <summary>The facts are kept as eligibility saw them: the history explains the outcome even after the ledger moves on.</summary>
internal sealed record EligibilityChecked(Guid NominationId, bool Eligible, IReadOnlyList<EligibilityCheck> Checks, SubjectFacts Facts);

internal sealed record CommitteeAssigned(Guid NominationId, Guid CommitteeId, IReadOnlyList<Guid> Members);

internal sealed record MemberRecused(Guid NominationId, Guid MemberId, string Reason, bool Automatic);

internal sealed record ReviewSubmitted(Guid NominationId, Guid MemberId, IReadOnlyDictionary<string, int> Scores, bool? Vote, string? Comment);

internal sealed record NominationRecommended(Guid NominationId, ReviewTally Tally);

internal sealed record NominationRejected(Guid NominationId, string Reason, ReviewTally? Tally);

internal sealed record PublicNoticeStarted(Guid NominationId, DateTimeOffset EndsAt);

internal sealed record ObjectionFiled(Guid NominationId, Guid ObjectionId, Guid ObjectorId, string Reason);

internal sealed record ObjectionUpheld(Guid NominationId, Guid ObjectionId, string Reason);

internal sealed record ObjectionDismissed(Guid NominationId, Guid ObjectionId, string Reason);

internal sealed record PublicNoticeEnded(Guid NominationId);

internal sealed record NominationApproved(Guid NominationId);

/// <summary>The honour's id is the nomination's; rewards are granted from this event.</summary>
internal sealed record HonourAwarded(
    Guid NominationId, string SchemeId, string Period, SubjectRef Subject, string SubjectName, string CertificateNumber, DateTimeOffset AwardedAt);

internal sealed record NominationWithdrawn(Guid NominationId, string Reason);

/// <summary>Its rewards are reversed from this event.</summary>
internal sealed record HonourRevoked(Guid NominationId, string Reason);

/// <summary>The reviews a conclusion counted.</summary>
internal sealed record ReviewTally(int Reviews, int Required, int Yes, int No, double? ScoreShare, double? YesShare);
