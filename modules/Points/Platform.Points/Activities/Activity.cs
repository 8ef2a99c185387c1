using JasperFx.Events;
using Platform.Points.Contracts;

namespace Platform.Points.Activities;

/// <summary>An activity as its stream makes it (inline snapshot: the secretary reads it back at once).</summary>
internal sealed record Activity(
    Guid Id, Guid BranchId, ActivityType Type, string Title, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string CheckInCode, DateTimeOffset CheckInOpensAt, DateTimeOffset CheckInClosesAt, DateTimeOffset ScheduledAt, string? ScheduledBy)
{
    public static Activity Create(IEvent<ActivityScheduled> e) => new(
        e.Data.ActivityId, e.Data.BranchId, e.Data.Type, e.Data.Title, e.Data.Place, e.Data.StartsAt, e.Data.EndsAt,
        e.Data.CheckInCode, e.Data.CheckInOpensAt, e.Data.CheckInClosesAt, e.Timestamp, e.UserName);

    /// <summary>The attendance of one worker: the source key its points are awarded under.</summary>
    public string AttendanceKey(Guid workerId) => $"activity:{Id:N}:worker:{workerId:N}";
}
