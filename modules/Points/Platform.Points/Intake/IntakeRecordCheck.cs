using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Kernel.Errors;
using Platform.Points.Contracts;

namespace Platform.Points.Intake;

/// <summary>The checks one record must pass before it reaches a ledger; the first failure is its answer.</summary>
internal static partial class IntakeRecordCheck
{
    /// <summary>Enterprise systems send what happened recently; older records go through the programme office.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(90);

    /// <summary>ISO 8601 with an offset or Z: a time without one would be read in the server's zone.</summary>
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    public static IntakeRecord Check(int index, IntakeRecordInput input, DateTimeOffset now)
    {
        if (!KeyPattern().IsMatch(input.IdempotencyKey ?? ""))
            throw PlatformException.Validation("An idempotency key has 8 to 100 letters, digits, '-', '_' or ':'.", "idempotencyKey");
        if (!Guid.TryParse(input.WorkerId, out var workerId))
            throw PlatformException.Validation("workerId is a worker's id.", "workerId");
        if (!Enum.TryParse<ActivityType>(Pascal(input.ActivityType), ignoreCase: false, out var type) || !Enum.IsDefined(type))
            throw PlatformException.Validation($"activityType is one of {string.Join(", ", Enum.GetNames<ActivityType>().Select(Screaming))}.", "activityType");
        var title = input.Title?.Trim() ?? "";
        if (title.Length is < 2 or > 100) throw PlatformException.Validation("title has 2 to 100 characters.", "title");
        if (!DateTimeOffset.TryParseExact(input.OccurredAt, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var occurredAt))
            throw PlatformException.Validation("occurredAt is an ISO 8601 time with its offset, e.g. 2026-11-27T19:30:00+08:00.", "occurredAt");
        if (occurredAt > now.AddMinutes(5)) throw PlatformException.Validation("occurredAt is not in the future.", "occurredAt");
        if (occurredAt < now - MaxAge) throw PlatformException.Validation($"occurredAt is within the last {MaxAge.Days} days.", "occurredAt");
        return new IntakeRecord(index, input.IdempotencyKey!, workerId, type, title, occurredAt);
    }

    /// <summary>GraphQL enum style (SKILLS_COURSE) to the type's name (SkillsCourse).</summary>
    private static string Pascal(string? screaming) =>
        string.Concat((screaming ?? "").Split('_').Select(part =>
            part.Length == 0 || part.Any(char.IsLower) ? "?" : part[0] + part[1..].ToLowerInvariant()));

    private static string Screaming(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));

    [GeneratedRegex("^[A-Za-z0-9_:-]{8,100}$")]
    private static partial Regex KeyPattern();
}
