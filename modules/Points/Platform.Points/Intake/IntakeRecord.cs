using Platform.Points.Contracts;

namespace Platform.Points.Intake;

/// <summary>
/// One record as an enterprise system sends it. Every field is text and may be missing: a record
/// that is wrong is refused on its own, where a typed field would fail the whole request.
/// </summary>
internal sealed class IntakeRecordInput
{
    public string? IdempotencyKey { get; set; }

    public string? WorkerId { get; set; }

    public string? ActivityType { get; set; }

    public string? Title { get; set; }

    public string? OccurredAt { get; set; }
}

internal enum IntakeStatus
{
    /// <summary>Recorded now.</summary>
    Accepted,

    /// <summary>Its key was recorded before: the answer is that first record.</summary>
    Duplicate,

    /// <summary>Not recorded; the error says why.</summary>
    Rejected,
}

/// <summary>The answer for one record, in the order sent.</summary>
internal sealed record IntakeResult(int Index, string? IdempotencyKey, IntakeStatus Status, Award? Award, IntakeError? Error)
{
    public static IntakeResult Refused(int index, string? key, string code, string message, string? field) =>
        new(index, key, IntakeStatus.Rejected, null, new IntakeError(code, message, field));
}

internal sealed record IntakeError(string Code, string Message, string? Field);

/// <summary>A record that passed its checks, ready for the worker's ledger.</summary>
internal sealed record IntakeRecord(int Index, string Key, Guid WorkerId, ActivityType Type, string Title, DateTimeOffset OccurredAt);
