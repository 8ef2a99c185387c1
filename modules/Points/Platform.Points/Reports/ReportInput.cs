using Platform.Kernel.Errors;

namespace Platform.Points.Reports;

internal sealed record NewReport(
    ReportCategory Category, Guid CommunityId, double Latitude, double Longitude, string? Place, DateTimeOffset OccurredAt,
    string? Description, IReadOnlyList<string>? Evidence, string? IdempotencyKey);

/// <summary>The rules a submission and a decision are checked against before anything is read or written.</summary>
internal static class ReportInput
{
    /// <summary>Phones' clocks run a little fast or slow; something seen two minutes "from now" is not a lie.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public const int MaxEvidence = 10;
    public const int MaxEvidenceLength = 500;
    public const int MaxKeyLength = 100;

    public static NewReport Check(NewReport input, DateTimeOffset now, int maxAgeDays)
    {
        if (!Enum.IsDefined(input.Category)) throw PlatformException.Validation("Unknown report category.", "category");
        if (!double.IsFinite(input.Latitude) || Math.Abs(input.Latitude) > 90)
            throw PlatformException.Validation("A latitude is between -90 and 90 degrees.", "latitude");
        if (!double.IsFinite(input.Longitude) || Math.Abs(input.Longitude) > 180)
            throw PlatformException.Validation("A longitude is between -180 and 180 degrees.", "longitude");
        var place = Text(input.Place, "place", 2, 200);
        if (input.OccurredAt > now + ClockSkew) throw PlatformException.Validation("A report is of something that already happened.", "occurredAt");
        if (input.OccurredAt < now - TimeSpan.FromDays(maxAgeDays))
            throw PlatformException.Validation($"A report is made within {maxAgeDays} days of what it reports.", "occurredAt");
        var description = Text(input.Description, "description", 10, 2000);
        var evidence = input.Evidence ?? [];
        if (evidence.Count > MaxEvidence) throw PlatformException.Validation($"At most {MaxEvidence} pieces of evidence.", "evidence");
        // References (uploaded file ids, URLs) are kept exactly as given: they are the client's, not ours to rewrite.
        if (evidence.Any(e => string.IsNullOrWhiteSpace(e) || e.Length > MaxEvidenceLength || e.Any(char.IsControl)))
            throw PlatformException.Validation(
                $"Each piece of evidence is a file id or URL of 1 to {MaxEvidenceLength} characters, on one line.", "evidence");
        var key = input.IdempotencyKey;
        if (key is not null && (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength))
            throw PlatformException.Validation($"An idempotency key has 1 to {MaxKeyLength} characters.", "idempotencyKey");
        return input with { Place = place, Description = description, Evidence = [.. evidence] };
    }

    /// <summary>Every decision says why: a triage note, a verification's or rejection's or overturn's reason.</summary>
    public static string Why(string? text, string field) => Text(text, field, 2, 500);

    private static string Text(string? value, string field, int min, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length < min || trimmed.Length > max)
            throw PlatformException.Validation($"{field} has {min} to {max} characters.", field);
        return trimmed;
    }
}
