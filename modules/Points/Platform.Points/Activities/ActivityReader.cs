using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Activities;

internal sealed record RollEntry(ActivityAttendee Attendee, string? WorkerName);

/// <summary>Activities of a branch, for its secretary, its workers and the programme office.</summary>
internal sealed class ActivityReader(IQuerySession session, LedgerEntries entries, IOrganizationDirectory directory)
{
    public async Task<IReadOnlyList<Activity>> OfBranchAsync(Actor actor, Guid branchId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await AuthorizeAsync(actor, branchId, cancellationToken);
        var query = session.Query<Activity>().Where(a => a.BranchId == branchId);
        if (from is { } start) query = query.Where(a => a.EndsAt >= start);
        if (to is { } end) query = query.Where(a => a.StartsAt <= end);
        return await query.OrderByDescending(a => a.StartsAt).Take(200).ToListAsync(cancellationToken);
    }

    public async Task<Activity?> ByIdAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var activity = await session.LoadAsync<Activity>(id, cancellationToken);
        if (activity is not null) await AuthorizeAsync(actor, activity.BranchId, cancellationToken);
        return activity;
    }

    public async Task<IReadOnlyList<LedgerEntry>> AttendanceAsync(Guid activityId, CancellationToken cancellationToken) =>
        await entries.OfSourceAsync(activityId, cancellationToken);

    /// <summary>The roll with the workers' names (one registry call for all of them).</summary>
    public async Task<IReadOnlyList<RollEntry>> RollAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var attendees = await session.Query<ActivityAttendee>().Where(a => a.ActivityId == activityId).ToListAsync(cancellationToken);
        var names = (await directory.FindWorkersAsync(attendees.Select(a => a.WorkerId).ToList(), cancellationToken))
            .ToDictionary(w => w.WorkerId, w => w.Name);
        return [.. attendees
            .OrderBy(a => a.Status)
            .ThenBy(a => a.CheckedInAt ?? a.ConfirmedAt ?? a.RegisteredAt ?? a.NoShowAt)
            .Select(a => new RollEntry(a, names.GetValueOrDefault(a.WorkerId)))];
    }

    public async Task<ActivityAttendee?> OnRollAsync(Guid activityId, Guid workerId, CancellationToken cancellationToken) =>
        await session.LoadAsync<ActivityAttendee>(ActivityAttendee.IdOf(activityId, workerId), cancellationToken);

    public static bool Organises(Actor actor, Activity activity) =>
        actor.IsInRole(Role.ProgrammeAdmin) || actor.HasScope(Role.Secretary, activity.BranchId.ToString());

    private async Task AuthorizeAsync(Actor actor, Guid branchId, CancellationToken cancellationToken)
    {
        if (actor.IsInRole(Role.ProgrammeAdmin) || actor.HasScope(Role.Secretary, branchId.ToString())) return;
        foreach (var scope in actor.ScopesOf(Role.Worker))
        {
            if (Guid.TryParse(scope, out var workerId)
                && await directory.FindWorkerAsync(workerId, cancellationToken) is { } worker && worker.BranchId == branchId)
                return;
        }
        throw PlatformException.Forbidden("Only the branch's secretary, its workers and the programme office see its activities.");
    }
}
