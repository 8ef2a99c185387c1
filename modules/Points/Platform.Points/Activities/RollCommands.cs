using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Contracts;

namespace Platform.Points.Activities;

/// <summary>A worker's registration before the start, and the organiser's closing of the roll after the end.</summary>
internal sealed class RollCommands(IQuerySession session, IOrganizationDirectory directory, ActivityClock clock, ActivityRoll roll)
{
    public const int MaxNoShows = ActivityInput.MaxCapacity;

    public async Task<ActivityAttendee> RegisterAsync(Actor actor, Guid activityId, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("Only a worker registers, for themselves.");
        var activity = await session.LoadAsync<Activity>(activityId, cancellationToken)
            ?? throw new PlatformException(ErrorCodes.NotFound, $"No activity has id {activityId}.", new Dictionary<string, object?> { ["field"] = "activityId" });
        var worker = await directory.FindWorkerAsync(workerId, cancellationToken)
            ?? throw PlatformException.NotFound("Your worker record was not found.");
        if (worker.BranchId != activity.BranchId)
            throw PlatformException.Forbidden("Workers register for their own branch's activities.");

        var id = ActivityAttendee.IdOf(activityId, workerId);
        if (await session.LoadAsync<ActivityAttendee>(id, cancellationToken) is { } known) return known;
        var now = clock.Now();
        if (now >= activity.StartsAt)
            throw ActivityRoll.Refused(ErrorCodes.Validation, "Registration closes when the activity starts.", "STARTED");

        return await roll.ChangeAsync(activityId, "registered by the worker", async (tx, current) =>
        {
            if (await tx.LoadAsync<ActivityAttendee>(id, cancellationToken) is { } before) return new RollChange<ActivityAttendee>(before, null, []);
            ActivityRoll.ThrowIfClosed(current);
            ActivityRoll.ThrowIfFull(current);
            var after = ActivityAttendee.New(activityId, workerId) with { RegisteredAt = now };
            return new RollChange<ActivityAttendee>(after, new AttendeeRegistered(activityId, workerId), [after]);
        }, cancellationToken);
    }

    /// <summary>
    /// Closes the roll once the activity has ended: every registered worker who did not attend, and
    /// every worker the organiser names, is a no-show. Closing twice is a CONFLICT.
    /// </summary>
    public async Task<Activity> CloseAsync(Actor actor, Guid activityId, IReadOnlyList<Guid>? noShows, string reason, CancellationToken cancellationToken)
    {
        var why = ChangeReason.Check(reason);
        var named = (noShows ?? []).Distinct().ToList();
        if (named.Count > MaxNoShows) throw PlatformException.Validation($"At most {MaxNoShows} no-shows.", "noShows");
        var activity = await session.LoadAsync<Activity>(activityId, cancellationToken)
            ?? throw new PlatformException(ErrorCodes.NotFound, $"No activity has id {activityId}.", new Dictionary<string, object?> { ["field"] = "activityId" });
        if (!ActivityReader.Organises(actor, activity))
            throw PlatformException.Forbidden("Only the secretary of the activity's branch closes its roll.");
        var now = clock.Now();
        if (now < activity.EndsAt)
            throw ActivityRoll.Refused(ErrorCodes.Validation, $"The roll is closed after the activity ends ({activity.EndsAt:yyyy-MM-dd HH:mm} UTC).", "NOT_ENDED");
        if (named.Count > 0)
        {
            var found = (await directory.FindWorkersAsync(named, cancellationToken)).Select(w => w.WorkerId).ToHashSet();
            if (named.FirstOrDefault(w => !found.Contains(w)) is var missing && missing != Guid.Empty)
                throw new PlatformException(ErrorCodes.NotFound, $"No worker has id {missing}.", new Dictionary<string, object?> { ["field"] = "noShows" });
        }

        await roll.ChangeAsync(activityId, why, async (tx, current) =>
        {
            if (current.RollClosedAt is not null)
                throw ActivityRoll.Refused(ErrorCodes.Conflict, "This activity's roll is already closed.", "ALREADY_CLOSED");
            var roll = (await tx.Query<ActivityAttendee>().Where(a => a.ActivityId == activityId).ToListAsync(cancellationToken))
                .ToDictionary(a => a.WorkerId);
            if (named.FirstOrDefault(w => roll.TryGetValue(w, out var a) && a.Attended) is var attended && attended != Guid.Empty)
                throw ActivityRoll.Refused(ErrorCodes.Validation, $"Worker {attended} attended: not a no-show.", "ATTENDED", "noShows");
            var missed = roll.Values.Where(a => !a.Attended).Select(a => a.WorkerId).Union(named).ToList();
            var written = missed
                .Select(w => (roll.GetValueOrDefault(w) ?? ActivityAttendee.New(activityId, w)) with { NoShowAt = now, NoShowReason = why })
                .ToList();
            return new RollChange<bool>(true, new AttendanceRollClosed(activityId, missed), written);
        }, cancellationToken);
        return await session.LoadAsync<Activity>(activityId, cancellationToken)
            ?? throw new InvalidOperationException($"Activity {activityId} was closed but cannot be read back.");
    }
}
