using Platform.Kernel.Errors;
using Platform.Points.Contracts;

namespace Platform.Points.Activities;

internal sealed record NewActivity(
    Guid BranchId, ActivityType Type, string Title, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    DateTimeOffset? CheckInClosesAt);

internal static class ActivityInput
{
    /// <summary>Check-in opens this long before the start, and by default closes this long after the end.</summary>
    public static readonly TimeSpan CheckInMargin = TimeSpan.FromMinutes(30);

    public static NewActivity Check(NewActivity input)
    {
        var title = Text(input.Title, "title", 2, 100);
        var place = Text(input.Place, "place", 2, 200);
        if (!Enum.IsDefined(input.Type)) throw PlatformException.Validation("Unknown activity type.", "type");
        if (input.EndsAt <= input.StartsAt) throw PlatformException.Validation("An activity ends after it starts.", "endsAt");
        if (input.EndsAt - input.StartsAt > TimeSpan.FromDays(7)) throw PlatformException.Validation("An activity lasts at most 7 days.", "endsAt");
        if (input.CheckInClosesAt is { } closes && closes <= input.StartsAt)
            throw PlatformException.Validation("Check-in closes after the activity starts.", "checkInClosesAt");
        return input with { Title = title, Place = place };
    }

    private static string Text(string? value, string field, int min, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length < min || trimmed.Length > max)
            throw PlatformException.Validation($"{field} has {min} to {max} characters.", field);
        return trimmed;
    }
}
