using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;

namespace Platform.Points.Activities;

internal sealed record AttendanceResult(Activity Activity, Award Award);

/// <summary>
/// A worker's check-in with the activity's code, or the secretary's confirmation: both award the
/// one attendance, under one source key, so whichever comes first counts and the other is answered
/// with the same award.
/// </summary>
internal sealed class Attendance(IQuerySession session, IOrganizationDirectory directory, IGrainFactory grains, TimeProvider clock)
{
    public async Task<AttendanceResult> CheckInAsync(Actor actor, string code, CancellationToken cancellationToken)
    {
        var workerId = WorkerOf(actor);
        var normalized = CheckInCode.Normalize(code);
        if (normalized.Length != CheckInCode.Length)
            throw PlatformException.Validation($"A check-in code has {CheckInCode.Length} characters.", "code");
        var activity = await session.Query<Activity>().FirstOrDefaultAsync(a => a.CheckInCode == normalized, cancellationToken)
            ?? throw PlatformException.NotFound("No activity has this check-in code.");
        var now = clock.GetUtcNow();
        if (now < activity.CheckInOpensAt)
            throw new PlatformException(ErrorCodes.Validation, $"Check-in opens at {activity.CheckInOpensAt:yyyy-MM-dd HH:mm} UTC.",
                new Dictionary<string, object?> { ["field"] = "code", ["reason"] = "NOT_OPEN" });
        if (now > activity.CheckInClosesAt)
            throw new PlatformException(ErrorCodes.Validation, "This check-in code has expired.",
                new Dictionary<string, object?> { ["field"] = "code", ["reason"] = "EXPIRED" });
        var worker = await directory.FindWorkerAsync(workerId, cancellationToken)
            ?? throw PlatformException.NotFound("Your worker record was not found.");
        return await AwardAsync(activity, worker, actor, "check-in", cancellationToken);
    }

    public async Task<AttendanceResult> ConfirmAsync(Actor actor, Guid activityId, Guid workerId, CancellationToken cancellationToken)
    {
        var activity = await session.LoadAsync<Activity>(activityId, cancellationToken)
            ?? throw PlatformException.NotFound($"No activity has id {activityId}.");
        if (!actor.IsInRole(Role.ProgrammeAdmin) && !actor.HasScope(Role.Secretary, activity.BranchId.ToString()))
            throw PlatformException.Forbidden("Only the secretary of the activity's branch confirms attendance.");
        if (clock.GetUtcNow() < activity.CheckInOpensAt)
            throw PlatformException.Validation("Attendance is confirmed once the activity has begun.", "activityId");
        var worker = await directory.FindWorkerAsync(workerId, cancellationToken)
            ?? throw PlatformException.NotFound($"No worker has id {workerId}.");
        return await AwardAsync(activity, worker, actor, "confirmed by the secretary", cancellationToken);
    }

    private async Task<AttendanceResult> AwardAsync(Activity activity, WorkerSummary worker, Actor actor, string how, CancellationToken cancellationToken)
    {
        var branch = await directory.FindBranchAsync(activity.BranchId, cancellationToken);
        var award = await grains.GetGrain<IWorkerPointsGrain>(worker.WorkerId).AwardAsync(new AwardRequest(
            activity.AttendanceKey(worker.WorkerId), SourceKind.Activity, activity.Id, activity.Points,
            $"{activity.Title} ({how})", activity.Type.ToString(), EnterpriseFor(branch, worker), worker.BranchId,
            activity.StartsAt, actor.UserId.ToString()));
        return new AttendanceResult(activity, award);
    }

    /// <summary>
    /// The enterprise an award counts for: the activity's branch's enterprise when it has one,
    /// else the worker's only enterprise; none when the worker works for several.
    /// </summary>
    private static Guid? EnterpriseFor(BranchSummary? branch, WorkerSummary worker) =>
        branch?.EnterpriseId ?? (worker.EnterpriseIds.Count == 1 ? worker.EnterpriseIds[0] : null);

    private static Guid WorkerOf(Actor actor)
    {
        var scopes = actor.ScopesOf(Role.Worker);
        return scopes.Count == 1 && Guid.TryParse(scopes[0], out var id)
            ? id
            : throw PlatformException.Forbidden("Only a worker checks in, for themselves.");
    }
}
