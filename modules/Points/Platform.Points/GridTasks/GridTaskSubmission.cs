using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Storage;

namespace Platform.Points.GridTasks;

/// <summary>A grid volunteer reports grid work done in their community; it waits for the community's verifier.</summary>
internal sealed class GridTaskSubmission(IDocumentSession session, IDocumentStore store, IOrganizationDirectory directory, TimeProvider clock)
{
    public async Task<GridTask> SubmitAsync(Actor actor, NewGridTask input, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("Only a grid volunteer submits grid tasks, for themselves.");
        var task = GridTaskInput.Check(input, clock.GetUtcNow());

        // A repeat is a client that did not hear the first answer: it gets that answer, whatever else it sends.
        if (task.IdempotencyKey is { } key && await FindAsync(session, workerId, key, cancellationToken) is { } first) return first;

        var worker = await directory.FindWorkerAsync(workerId, cancellationToken)
            ?? throw PlatformException.NotFound("Your worker record was not found.");
        if (!worker.GridVolunteer || worker.CommunityId is not { } community)
            throw PlatformException.Forbidden("Only a grid volunteer submits grid tasks.");
        if (community != task.CommunityId)
            throw PlatformException.Forbidden("A grid volunteer submits the grid work of their own community.");

        var id = Guid.CreateVersion7();
        session.SetHeader("reason", $"{task.Kind} reported by the grid volunteer");
        session.Events.StartStream<GridTask>(id, new GridTaskSubmitted(
            id, workerId, worker.Name, community, task.Kind, task.DoneAt, task.Description, task.Evidence ?? [], task.IdempotencyKey));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (task.IdempotencyKey is not null && SaveFailures.IsUniqueViolation(e))
        {
            // The same key at the same moment: the unique index let one through, and that one is the
            // answer. Read it afresh: this session still holds the refused submission.
            session.EjectAllPendingChanges();
            await using var fresh = store.QuerySession();
            return await FindAsync(fresh, workerId, task.IdempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("A grid task key was claimed but its task cannot be read.", e);
        }
        return await session.LoadAsync<GridTask>(id, cancellationToken)
            ?? throw new InvalidOperationException($"Grid task {id} was written but cannot be read back.");
    }

    private static Task<GridTask?> FindAsync(IQuerySession reader, Guid workerId, string key, CancellationToken cancellationToken) =>
        reader.Query<GridTask>().FirstOrDefaultAsync(t => t.WorkerId == workerId && t.IdempotencyKey == key, cancellationToken);
}
