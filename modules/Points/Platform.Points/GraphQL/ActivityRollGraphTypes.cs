using GraphQL.Types;
using Platform.Points.Activities;

namespace Platform.Points.GraphQL;

internal sealed class ActivityPlaceKindGraphType : EnumerationGraphType<ActivityPlaceKind>
{
    public ActivityPlaceKindGraphType()
    {
        Name = "ActivityPlaceKind";
        Description = "Where an activity takes place: OUTLET, WARM_STATION, COMMUNITY or OTHER.";
    }
}

internal sealed class ActivityAttendeeStatusGraphType : EnumerationGraphType<AttendeeStatus>
{
    public ActivityAttendeeStatusGraphType()
    {
        Name = "ActivityAttendeeStatus";
        Description = "REGISTERED (a seat held), ATTENDED (checked in or confirmed), NO_SHOW (expected, did not come; the roll is closed).";
    }
}

/// <summary>One line of an activity's roll; the same for the organisers' list and the worker's own line.</summary>
internal sealed class ActivityAttendeeGraphType : ObjectGraphType<RollEntry>
{
    public ActivityAttendeeGraphType()
    {
        Name = "ActivityAttendee";
        Description = "A worker on an activity's roll: registered, attended (on time, late, confirmed by the organiser) or a no-show.";
        Field<NonNullGraphType<IdGraphType>>("activityId").Resolve(c => c.Source.Attendee.ActivityId);
        Field<NonNullGraphType<IdGraphType>>("workerId").Resolve(c => c.Source.Attendee.WorkerId);
        Field<StringGraphType>("workerName").Resolve(c => c.Source.WorkerName);
        Field<NonNullGraphType<ActivityAttendeeStatusGraphType>>("status").Resolve(c => c.Source.Attendee.Status);
        Field<DateTimeOffsetGraphType>("registeredAt").Resolve(c => c.Source.Attendee.RegisteredAt);
        Field<DateTimeOffsetGraphType>("checkedInAt").Description("When the worker checked in with the code (null: not by themselves).")
            .Resolve(c => c.Source.Attendee.CheckedInAt);
        Field<NonNullGraphType<BooleanGraphType>>("late").Description("Checked in after the start, within the late window.")
            .Resolve(c => c.Source.Attendee.Late);
        Field<DateTimeOffsetGraphType>("confirmedAt").Description("When the organiser confirmed the attendance.").Resolve(c => c.Source.Attendee.ConfirmedAt);
        Field<StringGraphType>("confirmedBy").Description("The user who confirmed it.").Resolve(c => c.Source.Attendee.ConfirmedBy);
        Field<DateTimeOffsetGraphType>("noShowAt").Description("When the closed roll recorded the worker as a no-show.").Resolve(c => c.Source.Attendee.NoShowAt);
        Field<StringGraphType>("noShowReason").Description("The organiser's reason when closing the roll.").Resolve(c => c.Source.Attendee.NoShowReason);
        this.AddRecordedPoints(e => e.Attendee.Attended
            ? LedgerClaim.Under(Activity.AttendanceKeyOf(e.Attendee.ActivityId, e.Attendee.WorkerId))
            : LedgerClaim.NotDue);
    }
}
