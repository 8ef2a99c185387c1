using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Points.Rules;

namespace Platform.Points.Activities;

internal sealed record AttendanceResult(Activity Activity, Award Award, bool Late);

/// <summary>
/// A worker's check-in with the activity's code (or its QR payload), or the secretary's
/// confirmation: both put the worker on the roll (<see cref="ActivityRoll"/>: capacity, late
/// window, closed roll) and award the one attendance, under one source key, so whichever comes
/// first counts and the other is answered with the same award.
/// </summary>
internal sealed class Attendance(
    IQuerySession session, LedgerEntries entries, IOrganizationDirectory directory, IGrainFactory grains, ActivityClock clock, PointRules rules, ActivityRoll roll)
{
    public const string LateFlag = "late";

    public async Task<AttendanceResult> CheckInAsync(Actor actor, string code, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("Only a worker checks in, for themselves.");
        var token = CheckInQr.Parse(code);
        var activity = await session.Query<Activity>().FirstOrDefaultAsync(a => a.CheckInCode == token.Code, cancellationToken)
            ?? throw PlatformException.NotFound("No activity has this check-in code.");
        if (token.ActivityId is { } named && named != activity.Id)
            throw ActivityRoll.Refused(ErrorCodes.Validation, "This QR code does not belong to the activity of its code; scan it again.", "MISMATCH", "code");
        var worker = await directory.FindWorkerAsync(workerId, cancellationToken)
            ?? throw PlatformException.NotFound("Your worker record was not found.");
        // A repeat of a recorded attendance is answered with its award, whenever it comes.
        var id = ActivityAttendee.IdOf(activity.Id, workerId);
        if (await session.LoadAsync<ActivityAttendee>(id, cancellationToken) is { Attended: true } known)
            return await AwardAsync(activity, worker, actor, CheckInHow(known.Late), known.Late, cancellationToken);

        var now = clock.Now();
        if (now < activity.CheckInOpensAt)
            throw ActivityRoll.Refused(ErrorCodes.Validation, $"Check-in opens at {activity.CheckInOpensAt:yyyy-MM-dd HH:mm} UTC.", "NOT_OPEN", "code");
        if (now > activity.CheckInClosesAt)
            throw ActivityRoll.Refused(ErrorCodes.Validation,
                $"This check-in code expired at {activity.CheckInClosesAt:yyyy-MM-dd HH:mm} UTC; ask the organiser to confirm your attendance.", "EXPIRED", "code");

        var attendee = await roll.ChangeAsync(activity.Id, "checked in with the activity's code", async (tx, current) =>
        {
            var before = await tx.LoadAsync<ActivityAttendee>(id, cancellationToken);
            if (before is { Attended: true }) return new RollChange<ActivityAttendee>(before, null, []);
            ActivityRoll.ThrowIfClosed(current);
            // A registered worker holds a seat already; anyone else needs a free one.
            if (before is null) ActivityRoll.ThrowIfFull(current);
            var late = now > current.StartsAt;
            var after = (before ?? ActivityAttendee.New(current.Id, workerId)) with { CheckedInAt = now, Late = late };
            return new RollChange<ActivityAttendee>(after, new AttendeeCheckedIn(current.Id, workerId, late, before is null), [after]);
        }, cancellationToken);
        return await AwardAsync(activity, worker, actor, CheckInHow(attendee.Late), attendee.Late, cancellationToken);
    }

    public async Task<AttendanceResult> ConfirmAsync(Actor actor, Guid activityId, Guid workerId, CancellationToken cancellationToken)
    {
        var activity = await session.LoadAsync<Activity>(activityId, cancellationToken)
            ?? throw PlatformException.NotFound($"No activity has id {activityId}.");
        if (!ActivityReader.Organises(actor, activity))
            throw PlatformException.Forbidden("Only the secretary of the activity's branch confirms attendance.");
        if (clock.Now() < activity.CheckInOpensAt)
            throw PlatformException.Validation("Attendance is confirmed once the activity has begun.", "activityId");
        var worker = await directory.FindWorkerAsync(workerId, cancellationToken)
            ?? throw new PlatformException(ErrorCodes.NotFound, $"No worker has id {workerId}.", new Dictionary<string, object?> { ["field"] = "workerId" });

        var now = clock.Now();
        var attendee = await roll.ChangeAsync(activityId, "attendance confirmed by the organiser", async (tx, current) =>
        {
            var id = ActivityAttendee.IdOf(current.Id, workerId);
            var before = await tx.LoadAsync<ActivityAttendee>(id, cancellationToken);
            if (before?.ConfirmedAt is not null || (before is { Attended: true } && current.RollClosedAt is not null))
                return new RollChange<ActivityAttendee>(before, null, []);
            ActivityRoll.ThrowIfClosed(current);
            // The organiser's word binds more than the capacity: confirmation may take a seat beyond it.
            var after = (before ?? ActivityAttendee.New(current.Id, workerId)) with { ConfirmedAt = now, ConfirmedBy = actor.UserId.ToString() };
            return new RollChange<ActivityAttendee>(after, new AttendeeConfirmed(current.Id, workerId, before is null), [after]);
        }, cancellationToken);
        return await AwardAsync(activity, worker, actor, "confirmed by the secretary", attendee is { Late: true, CheckedInAt: not null }, cancellationToken);
    }

    private async Task<AttendanceResult> AwardAsync(Activity activity, WorkerSummary worker, Actor actor, string how, bool late, CancellationToken cancellationToken)
    {
        var key = activity.AttendanceKey(worker.WorkerId);
        // The rules decide when the points are awarded, by the activity's type and start; "late" is
        // a fact a code rule may use (the rules file does not yet), and the award records it.
        var facts = late ? new HashSet<string> { LateFlag } : new HashSet<string>();
        var outcome = rules.Evaluate(new RuleQuery(SourceKind.Activity, activity.Type.ToString(), activity.StartsAt, facts));
        if (!outcome.Earns)
        {
            // A repeat of an attendance awarded before the rules changed still gets its first answer.
            if (await entries.LoadAsync(key, cancellationToken) is { } earlier) return new AttendanceResult(activity, earlier.ToAward(repeat: true), late);
            throw new PlatformException(ErrorCodes.Validation, outcome.Explanation,
                new Dictionary<string, object?> { ["field"] = "activityId", ["reason"] = "NO_RULE" });
        }
        var branch = await directory.FindBranchAsync(activity.BranchId, cancellationToken);
        var award = await grains.GetGrain<IWorkerPointsGrain>(worker.WorkerId).AwardAsync(new AwardRequest(
            key, SourceKind.Activity, activity.Id, outcome.Points,
            $"{activity.Title} ({how})", activity.Type.ToString(), EnterpriseFor(branch, worker), worker.BranchId,
            activity.StartsAt, actor.UserId.ToString(), outcome.Rule, outcome.Cap, late ? [.. outcome.Flags, LateFlag] : outcome.Flags));
        return new AttendanceResult(activity, award, late);
    }

    private static string CheckInHow(bool late) => late ? "late check-in" : "check-in";

    /// <summary>
    /// The enterprise an award counts for: the activity's branch's enterprise when it has one,
    /// else the worker's only enterprise; none when the worker works for several.
    /// </summary>
    private static Guid? EnterpriseFor(BranchSummary? branch, WorkerSummary worker) =>
        branch?.EnterpriseId ?? (worker.EnterpriseIds.Count == 1 ? worker.EnterpriseIds[0] : null);
}
