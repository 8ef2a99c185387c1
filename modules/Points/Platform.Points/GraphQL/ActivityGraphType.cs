using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Points.Activities;
using Platform.Points.Contracts;
using Platform.Points.Rules;

namespace Platform.Points.GraphQL;

internal sealed class ActivityGraphType : ObjectGraphType<Activity>
{
    public ActivityGraphType()
    {
        Name = "Activity";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("branchId").Resolve(c => c.Source.BranchId);
        Field<NonNullGraphType<ActivityTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field(x => x.Title);
        Field(x => x.Place);
        Field<NonNullGraphType<ActivityPlaceKindGraphType>>("placeKind").Resolve(c => c.Source.PlaceKind);
        Field<IdGraphType>("placeId").Description("The outlet or community in the registry, when named.").Resolve(c => c.Source.PlaceId);
        Field<IntGraphType>("maxAttendees").Description("Capacity (null: no limit). Registrations and check-ins take seats; the organiser's confirmations are not refused.")
            .Resolve(c => c.Source.MaxAttendees);
        Field<NonNullGraphType<IntGraphType>>("seatsTaken").Description("Workers registered or attended.").Resolve(c => c.Source.SeatsTaken);
        Field(x => x.StartsAt);
        Field(x => x.EndsAt);
        Field<IntGraphType>("points")
            .Description("The base points of the point rule for this activity's type on its day (null: no rule covers it); the award may add multipliers.")
            .Resolve(c => c.RequestServices!.GetRequiredService<PointRules>().RuleFor(SourceKind.Activity, c.Source.Type.ToString(), c.Source.StartsAt)?.Points);
        Field(x => x.CheckInOpensAt);
        Field(x => x.CheckInClosesAt).Description("When the check-in code expires: the end of the late window.");
        Field<NonNullGraphType<IntGraphType>>("lateCheckInMinutes").Description("Check-ins this long after the start still count, marked late.")
            .Resolve(c => (int)c.Source.LateWindow.TotalMinutes);
        Field<DateTimeOffsetGraphType>("rollClosedAt").Description("When the organiser closed the roll (no-shows recorded).").Resolve(c => c.Source.RollClosedAt);
        Field<StringGraphType>("checkInCode")
            .Description("What workers type or scan to check in: the organisers only (null for a secretary of another branch).")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary)
            .Resolve(c => ActivityReader.Organises(c.RequireActor(), c.Source) ? c.Source.CheckInCode : null);
        Field<StringGraphType>("checkInQr")
            .Description("The payload to render as a QR code (jufeng://check-in?code=…&activity=…&expires=…); checkIn takes it as the code. Organisers only.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary)
            .Resolve(c => ActivityReader.Organises(c.RequireActor(), c.Source) ? CheckInQr.PayloadOf(c.Source) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityAttendeeGraphType>>>>("roll")
            .Description("Who registered, attended (on time, late, confirmed) and did not show; organisers only.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary)
            .ResolveAsync(async c => ActivityReader.Organises(c.RequireActor(), c.Source)
                ? await c.RequestServices!.GetRequiredService<ActivityReader>().RollAsync(c.Source.Id, c.CancellationToken)
                : throw Platform.Kernel.Errors.PlatformException.Forbidden("Only the activity's organisers see its roll."));
        Field<ActivityAttendeeGraphType>("myAttendance")
            .Description("The signed-in worker's own line on the roll, or null.")
            .AllowRoles(Role.Worker)
            .ResolveAsync(async c => c.RequireActor().WorkerId is { } workerId
                && await c.RequestServices!.GetRequiredService<ActivityReader>().OnRollAsync(c.Source.Id, workerId, c.CancellationToken) is { } mine
                    ? new RollEntry(mine, null)
                    : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerEntryGraphType>>>>("attendance")
            .Description("Who attended, with the points each was awarded; organisers only.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary)
            .ResolveAsync(async c => ActivityReader.Organises(c.RequireActor(), c.Source)
                ? await c.RequestServices!.GetRequiredService<ActivityReader>().AttendanceAsync(c.Source.Id, c.CancellationToken)
                : throw Platform.Kernel.Errors.PlatformException.Forbidden("Only the activity's organisers see its attendance."));
    }
}

internal sealed class AttendanceResultGraphType : ObjectGraphType<AttendanceResult>
{
    public AttendanceResultGraphType()
    {
        Name = "AttendanceResult";
        Description = "The award for one attendance; every repeat of the check-in or confirmation gets the same one.";
        Field<NonNullGraphType<ActivityGraphType>>("activity").Resolve(c => c.Source.Activity);
        Field<NonNullGraphType<StringGraphType>>("sourceKey").Resolve(c => c.Source.Award.SourceKey);
        Field<NonNullGraphType<IdGraphType>>("workerId").Resolve(c => c.Source.Award.WorkerId);
        Field<NonNullGraphType<IntGraphType>>("points").Resolve(c => c.Source.Award.Points);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Award.Reason);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("awardedAt").Resolve(c => c.Source.Award.AwardedAt);
        Field<NonNullGraphType<BooleanGraphType>>("late").Description("A check-in after the start, within the late window (the award carries the flag \"late\").")
            .Resolve(c => c.Source.Late);
    }
}
