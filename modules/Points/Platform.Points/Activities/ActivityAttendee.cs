namespace Platform.Points.Activities;

internal enum AttendeeStatus
{
    Registered,
    Attended,
    NoShow,
}

/// <summary>
/// One worker on one activity's roll (a document written with the roll's events, in their
/// transaction): registered, attended (on time, late, confirmed) or a no-show. The events are the
/// record; this is what the secretary's attendance list and the worker read.
/// </summary>
internal sealed record ActivityAttendee(
    string Id, Guid ActivityId, Guid WorkerId, DateTimeOffset? RegisteredAt = null, DateTimeOffset? CheckedInAt = null, bool Late = false,
    DateTimeOffset? ConfirmedAt = null, string? ConfirmedBy = null, DateTimeOffset? NoShowAt = null, string? NoShowReason = null)
{
    public static string IdOf(Guid activityId, Guid workerId) => $"{activityId:N}:{workerId:N}";

    public static ActivityAttendee New(Guid activityId, Guid workerId) => new(IdOf(activityId, workerId), activityId, workerId);

    public bool Attended => CheckedInAt is not null || ConfirmedAt is not null;

    public AttendeeStatus Status => Attended ? AttendeeStatus.Attended : NoShowAt is not null ? AttendeeStatus.NoShow : AttendeeStatus.Registered;
}
