using JasperFx.Events;
using Platform.Points.Contracts;

namespace Platform.Points.Activities;

/// <summary>An activity as its stream makes it (inline snapshot: the secretary reads it back at once).</summary>
internal sealed record Activity(
    Guid Id, Guid BranchId, ActivityType Type, string Title, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string CheckInCode, DateTimeOffset CheckInOpensAt, DateTimeOffset CheckInClosesAt, DateTimeOffset ScheduledAt, string? ScheduledBy,
    ActivityPlaceKind PlaceKind = ActivityPlaceKind.Other, Guid? PlaceId = null, int? MaxAttendees = null,
    int SeatsTaken = 0, DateTimeOffset? RollClosedAt = null, string? RollClosedBy = null)
{
    public static Activity Create(IEvent<ActivityScheduled> e) => new(
        e.Data.ActivityId, e.Data.BranchId, e.Data.Type, e.Data.Title, e.Data.Place, e.Data.StartsAt, e.Data.EndsAt,
        e.Data.CheckInCode, e.Data.CheckInOpensAt, e.Data.CheckInClosesAt, e.Timestamp, e.UserName,
        e.Data.PlaceKind ?? ActivityPlaceKind.Other, e.Data.PlaceId, e.Data.MaxAttendees);

    public Activity Apply(AttendeeRegistered _) => this with { SeatsTaken = SeatsTaken + 1 };

    public Activity Apply(AttendeeCheckedIn e) => e.TookSeat ? this with { SeatsTaken = SeatsTaken + 1 } : this;

    public Activity Apply(AttendeeConfirmed e) => e.TookSeat ? this with { SeatsTaken = SeatsTaken + 1 } : this;

    public Activity Apply(IEvent<AttendanceRollClosed> e) => this with { RollClosedAt = e.Timestamp, RollClosedBy = e.UserName };

    /// <summary>The attendance of one worker: the source key its points are awarded under.</summary>
    public string AttendanceKey(Guid workerId) => AttendanceKeyOf(Id, workerId);

    public static string AttendanceKeyOf(Guid activityId, Guid workerId) => $"activity:{activityId:N}:worker:{workerId:N}";

    /// <summary>Whether another worker may take a seat (registering or checking in without a registration).</summary>
    public bool IsFull => MaxAttendees is { } max && SeatsTaken >= max;

    /// <summary>Late check-ins are those after the start; check-in itself closes at <see cref="CheckInClosesAt"/>.</summary>
    public TimeSpan LateWindow => CheckInClosesAt > StartsAt ? CheckInClosesAt - StartsAt : TimeSpan.Zero;
}
