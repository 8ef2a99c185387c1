namespace Platform.Recognition.Nominations;

internal enum NominationStatus
{
    Draft,
    Ineligible,
    Eligible,
    InReview,
    Rejected,
    InNotice,
    /// <summary>The notice period is over but an objection still awaits the committee's ruling.</summary>
    NoticeEnded,
    Awarded,
    Withdrawn,
    Revoked,
}

internal enum ObjectionStatus
{
    Open,
    Upheld,
    Dismissed,
}

internal sealed record Recusal(Guid MemberId, string Reason, bool Automatic);

internal sealed record Review(Guid MemberId, IReadOnlyDictionary<string, int> Scores, bool? Vote, string? Comment, DateTimeOffset At);

internal sealed record Objection(Guid Id, Guid ObjectorId, string Reason, DateTimeOffset FiledAt, ObjectionStatus Status, string? Ruling);
