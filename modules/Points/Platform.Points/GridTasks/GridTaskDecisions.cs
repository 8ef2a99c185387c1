using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Rules;
using Platform.Points.Storage;

namespace Platform.Points.GridTasks;

/// <summary>
/// The community's verifier accepts or rejects a submitted task, once. Acceptance is saved first
/// and the award follows: were the award to come first, a rejection racing it could leave points
/// for a rejected task. An award lost in between is made by a repeat of the acceptance (it always
/// calls the worker's grain again) or, without one, by the award backstop subscription;
/// the source key makes it count once.
/// </summary>
internal sealed class GridTaskDecisions(
    IDocumentSession session, IDocumentStore store, IOrganizationDirectory directory, IGrainFactory grains, PointRules rules)
{
    public async Task<GridTask> AcceptAsync(Actor actor, Guid taskId, string? note, CancellationToken cancellationToken)
    {
        var why = GridTaskInput.Note(note);
        var task = await DecideAsync(actor, taskId, GridTaskStatus.Accepted, t => Accepted(t, why), why ?? "accepted by the community's verifier", cancellationToken);
        await AwardAsync(task, cancellationToken);
        return task;
    }

    public Task<GridTask> RejectAsync(Actor actor, Guid taskId, string? reason, CancellationToken cancellationToken)
    {
        var why = GridTaskInput.RejectionReason(reason);
        return DecideAsync(actor, taskId, GridTaskStatus.Rejected, t => new GridTaskRejected(t.Id, why), why, cancellationToken);
    }

    private async Task<GridTask> DecideAsync(
        Actor actor, Guid taskId, GridTaskStatus outcome, Func<GridTask, object> decision, string why, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<GridTask>(taskId, cancellationToken);
        var task = stream.Aggregate ?? throw PlatformException.NotFound($"No grid task has id {taskId}.");
        if (!GridTaskAccess.Verifies(actor, task.CommunityId))
            throw PlatformException.Forbidden("Only a verifier of the task's community decides on it.");
        if (Decided(task, outcome) is { } settled) return settled;

        session.SetHeader("reason", why);
        stream.AppendOne(decision(task));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (SaveFailures.IsConcurrentChange(e) || SaveFailures.IsUniqueViolation(e))
        {
            // Another decision was saved first. Ask the database what it was: this session still
            // holds the refused decision in its own view of the task.
            var now = await ReadAsync(taskId, cancellationToken);
            return Decided(now, outcome)
                ?? throw PlatformException.Conflict("The grid task changed at the same moment; try again.");
        }
        return await ReadAsync(taskId, cancellationToken);
    }

    /// <summary>The task when it was already decided this way (the same answer again); CONFLICT when the other way; null while it waits.</summary>
    private static GridTask? Decided(GridTask task, GridTaskStatus outcome) =>
        task.Status == outcome ? task
        : task.Status == GridTaskStatus.Submitted ? null
        : throw PlatformException.Conflict($"This grid task was already {task.Status.ToString().ToLowerInvariant()}; a decision is made once.");

    private async Task<GridTask> ReadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await using var fresh = store.QuerySession();
        return await fresh.LoadAsync<GridTask>(taskId, cancellationToken)
            ?? throw new InvalidOperationException($"Grid task {taskId} was decided but cannot be read back.");
    }

    /// <summary>The rules decide at acceptance, by the kind and when the work was done; the event keeps their answer.</summary>
    private GridTaskAccepted Accepted(GridTask task, string? note)
    {
        var outcome = rules.Evaluate(new RuleQuery(SourceKind.GridTask, task.Kind.ToString(), task.DoneAt, PointFlags.None));
        return outcome.Earns
            ? new GridTaskAccepted(task.Id, outcome.Points, note, outcome.Rule, outcome.Cap, outcome.Flags)
            : new GridTaskAccepted(task.Id, 0, note, outcome.Rule, null, outcome.Flags);
    }

    private async Task AwardAsync(GridTask task, CancellationToken cancellationToken)
    {
        var worker = await directory.FindWorkerAsync(task.WorkerId, cancellationToken)
            ?? throw new InvalidOperationException($"Grid task {task.Id} belongs to worker {task.WorkerId}, who is not in the registry.");
        if (GridTaskAward.For(task, worker) is { } award) await grains.GetGrain<IWorkerPointsGrain>(task.WorkerId).AwardAsync(award);
    }
}
