using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Points.Rules;

namespace Platform.Points.Activities;

internal sealed record AttendanceResult(Activity Activity, Award Award);

/// <summary>
/// A worker's check-in with the activity's code, or the secretary's confirmation: both award the
/// one attendance, under one source key, so whichever comes first counts and the other is answered
/// with the same award.
/// </summary>
internal sealed class Attendance(IQuerySession session, IOrganizationDirectory directory, IGrainFactory grains, TimeProvider clock, PointRules rules)
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
        var key = activity.AttendanceKey(worker.WorkerId);
        // The rules decide when the points are awarded, by the activity's type and start.
        var outcome = rules.Evaluate(new RuleQuery(SourceKind.Activity, activity.Type.ToString(), activity.StartsAt, new HashSet<string>()));
        if (!outcome.Earns)
        {
            // A repeat of an attendance awarded before the rules changed still gets its first answer.
            if (await session.LoadAsync<LedgerEntry>(key, cancellationToken) is { } earlier) return new AttendanceResult(activity, earlier.ToAward(repeat: true));
            throw new PlatformException(ErrorCodes.Validation, outcome.Explanation,
                new Dictionary<string, object?> { ["field"] = "activityId", ["reason"] = "NO_RULE" });
        }
        var branch = await directory.FindBranchAsync(activity.BranchId, cancellationToken);
        var award = await grains.GetGrain<IWorkerPointsGrain>(worker.WorkerId).AwardAsync(new AwardRequest(
            key, SourceKind.Activity, activity.Id, outcome.Points,
            $"{activity.Title} ({how})", activity.Type.ToString(), EnterpriseFor(branch, worker), worker.BranchId,
            activity.StartsAt, actor.UserId.ToString(), outcome.Rule, outcome.Cap, outcome.Flags));
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
