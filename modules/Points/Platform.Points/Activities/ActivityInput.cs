using Platform.Kernel.Errors;
using Platform.Points.Contracts;

namespace Platform.Points.Activities;

internal sealed record NewActivity(
    Guid BranchId, ActivityType Type, string Title, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    DateTimeOffset? CheckInClosesAt, ActivityPlaceKind PlaceKind = ActivityPlaceKind.Other, Guid? PlaceId = null,
    int? MaxAttendees = null, int? LateCheckInMinutes = null);

internal static class ActivityInput
{
    /// <summary>Check-in opens this long before the start.</summary>
    public static readonly TimeSpan CheckInMargin = TimeSpan.FromMinutes(30);

    /// <summary>Without a say, check-in closes this long after the start: check-ins after the start are late.</summary>
    public const int DefaultLateCheckInMinutes = 15;

    public const int MaxLateCheckInMinutes = 24 * 60;

    public const int MaxCapacity = 10_000;

    public static NewActivity Check(NewActivity input)
    {
        var title = Text(input.Title, "title", 2, 100);
        var place = Text(input.Place, "place", 2, 200);
        if (!Enum.IsDefined(input.Type)) throw PlatformException.Validation("Unknown activity type.", "type");
        if (input.EndsAt <= input.StartsAt) throw PlatformException.Validation("An activity ends after it starts.", "endsAt");
        if (input.EndsAt - input.StartsAt > TimeSpan.FromDays(7)) throw PlatformException.Validation("An activity lasts at most 7 days.", "endsAt");
        if (input.CheckInClosesAt is { } closes && closes <= input.StartsAt)
            throw PlatformException.Validation("Check-in closes after the activity starts.", "checkInClosesAt");
        if (input.LateCheckInMinutes is { } late)
        {
            if (late is < 0 or > MaxLateCheckInMinutes)
                throw PlatformException.Validation($"The late check-in window is 0 to {MaxLateCheckInMinutes} minutes.", "lateCheckInMinutes");
            if (input.CheckInClosesAt is not null)
                throw PlatformException.Validation("Give the late check-in window or when check-in closes, not both.", "lateCheckInMinutes");
        }
        if (input.MaxAttendees is { } max && max is < 1 or > MaxCapacity)
            throw PlatformException.Validation($"At most 1 to {MaxCapacity} attendees.", "maxAttendees");
        if (!Enum.IsDefined(input.PlaceKind)) throw PlatformException.Validation("Unknown kind of place.", "placeKind");
        if (input.PlaceId is not null && input.PlaceKind is not (ActivityPlaceKind.Outlet or ActivityPlaceKind.Community))
            throw PlatformException.Validation("Only an outlet or a community is named by its id.", "placeId");
        return input with { Title = title, Place = place };
    }

    /// <summary>
    /// The late window closes check-in: the code expires at the given time, else the window's end
    /// (a given time makes everything from the start to it the late window).
    /// </summary>
    public static DateTimeOffset CheckInClosesAt(NewActivity input) =>
        input.CheckInClosesAt ?? input.StartsAt + TimeSpan.FromMinutes(input.LateCheckInMinutes ?? DefaultLateCheckInMinutes);

    private static string Text(string? value, string field, int min, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length < min || trimmed.Length > max)
            throw PlatformException.Validation($"{field} has {min} to {max} characters.", field);
        return trimmed;
    }
}
