using Marten;
using Platform.Kernel.Errors;

namespace Platform.Points.Activities;

/// <summary>What a change of the roll decided: its answer, the event to append (none: nothing changes) and the attendees it rewrites.</summary>
internal sealed record RollChange<T>(T Answer, object? Event, IReadOnlyList<ActivityAttendee> Attendees);

/// <summary>
/// Every change of an activity's roll (registration, check-in, confirmation, closing) is decided
/// while holding the activity stream's row lock (<c>FetchForExclusiveWriting</c>: SELECT … FOR
/// UPDATE), in a session of its own: concurrent changes of one activity queue up in PostgreSQL,
/// each sees the seats the one before it took, so capacity holds with any number of hosts and no
/// retries. The event, the attendee documents and the activity snapshot commit together; a refusal
/// disposes the session, which rolls back and releases the lock at once.
/// </summary>
internal sealed class ActivityRoll(IDocumentStore store, IDocumentSession requestSession)
{
    public async Task<T> ChangeAsync<T>(
        Guid activityId, string why, Func<IQuerySession, Activity, Task<RollChange<T>>> decide, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        // The same who and correlation id as the request's own session (the host stamps that one).
        session.LastModifiedBy = requestSession.LastModifiedBy;
        session.CorrelationId = requestSession.CorrelationId;
        session.SetHeader("reason", why);

        var stream = await session.Events.FetchForExclusiveWriting<Activity>(activityId, cancellationToken);
        var activity = stream.Aggregate ?? throw PlatformException.NotFound($"No activity has id {activityId}.");
        var change = await decide(session, activity);
        if (change.Event is null) return change.Answer;

        stream.AppendOne(change.Event);
        foreach (var attendee in change.Attendees) session.Store(attendee);
        await session.SaveChangesAsync(cancellationToken);
        return change.Answer;
    }

    public static PlatformException Refused(string code, string message, string reason, string field = "activityId") =>
        new(code, message, new Dictionary<string, object?> { ["field"] = field, ["reason"] = reason });

    public static void ThrowIfClosed(Activity activity)
    {
        if (activity.RollClosedAt is not null)
            throw Refused(ErrorCodes.Conflict, "The organiser has closed this activity's roll; corrections go through the programme office.", "ROLL_CLOSED");
    }

    public static void ThrowIfFull(Activity activity)
    {
        if (activity.IsFull)
            throw Refused(ErrorCodes.Conflict, $"This activity is full ({activity.MaxAttendees} places).", "FULL");
    }
}
