using Platform.Points.Contracts;

namespace Platform.Points.Activities;

/// <summary>
/// An activity scheduled by its branch; the points its attendance earns are the point rules' (Rules/), not the event's.
/// The fields after <paramref name="CheckInClosesAt"/> came later: events written before them read as null
/// (place kind Other, no id, no capacity).
/// </summary>
internal sealed record ActivityScheduled(
    Guid ActivityId, Guid BranchId, ActivityType Type, string Title, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string CheckInCode, DateTimeOffset CheckInOpensAt, DateTimeOffset CheckInClosesAt,
    ActivityPlaceKind? PlaceKind = null, Guid? PlaceId = null, int? MaxAttendees = null);

/// <summary>A worker registered before the start: a seat is theirs.</summary>
internal sealed record AttendeeRegistered(Guid ActivityId, Guid WorkerId);

/// <summary>A worker checked in with the code; <paramref name="TookSeat"/> when they had not registered.</summary>
internal sealed record AttendeeCheckedIn(Guid ActivityId, Guid WorkerId, bool Late, bool TookSeat);

/// <summary>The organiser confirmed that a worker attended (capacity does not bind them).</summary>
internal sealed record AttendeeConfirmed(Guid ActivityId, Guid WorkerId, bool TookSeat);

/// <summary>The organiser closed the roll: those in <paramref name="NoShows"/> were expected and did not come.</summary>
internal sealed record AttendanceRollClosed(Guid ActivityId, IReadOnlyList<Guid> NoShows);
