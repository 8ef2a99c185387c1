using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Points.Activities;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.GraphQL;

internal sealed class PointsMutationGraphType : ObjectGraphType
{
    public PointsMutationGraphType()
    {
        Name = "PointsMutation";
        Description = "Activities and attendance.";

        Field<NonNullGraphType<ActivityGraphType>>("createActivity")
            .Description("Schedules an activity of a branch; it gets a check-in code that opens 30 minutes before the start and expires at the end of the late window. The point rules set the points by type.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary)
            .Argument<NonNullGraphType<IdGraphType>>("branchId")
            .Argument<NonNullGraphType<ActivityTypeGraphType>>("type")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<NonNullGraphType<StringGraphType>>("place")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt")
            .Argument<DateTimeOffsetGraphType>("checkInClosesAt", "When the code expires; from the start until then check-ins are late. Give this or lateCheckInMinutes.")
            .Argument<IntGraphType>("lateCheckInMinutes", "Check-ins up to this long after the start count, marked late; then check-in closes (0 to 1440; default 15).")
            .Argument<ActivityPlaceKindGraphType>("placeKind", "Default: OTHER.")
            .Argument<IdGraphType>("placeId", "For OUTLET or COMMUNITY: its id in the registry (communities are checked; outlets cannot be yet).")
            .Argument<IntGraphType>("maxAttendees", "Capacity, 1 to 10000 (default: no limit).")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ActivityCommands>().ScheduleAsync(
                c.RequireActor(),
                new NewActivity(c.GetArgument<Guid>("branchId"), c.GetArgument<ActivityType>("type"), c.GetArgument<string>("title"),
                    c.GetArgument<string>("place"), c.GetArgument<DateTimeOffset>("startsAt"), c.GetArgument<DateTimeOffset>("endsAt"),
                    c.GetArgument<DateTimeOffset?>("checkInClosesAt"), c.GetArgument<ActivityPlaceKind?>("placeKind") ?? ActivityPlaceKind.Other,
                    c.GetArgument<Guid?>("placeId"), c.GetArgument<int?>("maxAttendees"), c.GetArgument<int?>("lateCheckInMinutes")),
                c.GetArgument<string>("reason"), c.CancellationToken));

        Field<NonNullGraphType<AttendanceResultGraphType>>("checkIn")
            .Description("The signed-in worker checks in with the activity's code or its QR payload (checkInQr). After the start it counts as late; after the late window, or when the activity is full, it is refused. Repeats count once.")
            .AllowRoles(Role.Worker)
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c => await Attendance(c).CheckInAsync(c.RequireActor(), c.GetArgument<string>("code"), c.CancellationToken));

        Field<NonNullGraphType<AttendanceResultGraphType>>("confirmAttendance")
            .Description("The branch's secretary confirms that a worker attended, even beyond the capacity; not once the roll is closed. Counts once, with or without the worker's own check-in.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary)
            .Argument<NonNullGraphType<IdGraphType>>("activityId")
            .Argument<NonNullGraphType<IdGraphType>>("workerId")
            .ResolveAsync(async c => await Attendance(c).ConfirmAsync(
                c.RequireActor(), c.GetArgument<Guid>("activityId"), c.GetArgument<Guid>("workerId"), c.CancellationToken));

        AddLedgerCorrections();
        ActivityRollFields.AddMutations(this);
        GridTaskFields.AddMutations(this);
        IntakeFields.AddMutations(this);
        ReportFields.AddMutations(this);
    }

    private void AddLedgerCorrections()
    {
        Field<NonNullGraphType<LedgerEntryGraphType>>("adjustPoints")
            .Description("The programme office adds or takes away points, with a reason. The idempotency key makes a retry count once.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("workerId")
            .Argument<NonNullGraphType<IntGraphType>>("points")
            .Argument<StringGraphType>("category", "Default: Adjustment.")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .ResolveAsync(async c => await Ledger(c).AdjustAsync(c.RequireActor(), c.GetArgument<Guid>("workerId"), c.GetArgument<int>("points"),
                c.GetArgument<string?>("category"), c.GetArgument<string>("reason"), c.GetArgument<string>("idempotencyKey"), c.CancellationToken));

        Field<NonNullGraphType<LedgerEntryGraphType>>("reverseAward")
            .Description("Takes an award back with a compensating entry; the history keeps both. Reversing twice reverses once.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("sourceKey")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await Ledger(c).ReverseAsync(c.RequireActor(), c.GetArgument<string>("sourceKey"), c.GetArgument<string>("reason"), c.CancellationToken));
    }

    private static LedgerCommands Ledger(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<LedgerCommands>();

    private static Attendance Attendance(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<Attendance>();
}
