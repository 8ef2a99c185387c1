using Platform.Kernel.Errors;

namespace Platform.Points.GridTasks;

internal sealed record NewGridTask(
    GridTaskKind Kind, Guid CommunityId, DateTimeOffset DoneAt, string Description, IReadOnlyList<string>? Evidence, string? IdempotencyKey);

/// <summary>The rules a submission and a decision are checked against before anything is read or written.</summary>
internal static class GridTaskInput
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    /// <summary>Phones' clocks run a little fast or slow; a task "done" two minutes from now is not a lie.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public const int MaxEvidence = 10;
    public const int MaxEvidenceLength = 500;
    public const int MaxKeyLength = 100;

    public static NewGridTask Check(NewGridTask input, DateTimeOffset now)
    {
        if (!Enum.IsDefined(input.Kind)) throw PlatformException.Validation("Unknown grid task kind.", "kind");
        if (input.DoneAt > now + ClockSkew) throw PlatformException.Validation("A grid task cannot be done in the future.", "doneAt");
        if (input.DoneAt < now - MaxAge)
            throw PlatformException.Validation($"A grid task is submitted within {MaxAge.Days} days of doing it.", "doneAt");
        var description = Text(input.Description, "description", 5, 1000);
        var evidence = input.Evidence ?? [];
        if (evidence.Count > MaxEvidence) throw PlatformException.Validation($"At most {MaxEvidence} pieces of evidence.", "evidence");
        // Photo ids and URLs are kept exactly as given: they are the client's references, not ours to rewrite.
        if (evidence.Any(e => string.IsNullOrWhiteSpace(e) || e.Length > MaxEvidenceLength))
            throw PlatformException.Validation($"Each piece of evidence is a photo id or URL of 1 to {MaxEvidenceLength} characters.", "evidence");
        var key = input.IdempotencyKey;
        if (key is not null && (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength))
            throw PlatformException.Validation($"An idempotency key has 1 to {MaxKeyLength} characters.", "idempotencyKey");
        return input with { Description = description, Evidence = [.. evidence] };
    }

    public static string? Note(string? note)
    {
        if (note is null) return null;
        var trimmed = note.Trim();
        if (trimmed.Length > 500) throw PlatformException.Validation("A note has at most 500 characters.", "note");
        return trimmed.Length == 0 ? null : trimmed;
    }

    public static string RejectionReason(string? reason) => Text(reason, "reason", 2, 500);

    private static string Text(string? value, string field, int min, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length < min || trimmed.Length > max)
            throw PlatformException.Validation($"{field} has {min} to {max} characters.", field);
        return trimmed;
    }
}
