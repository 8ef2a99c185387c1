using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Points.Sources;

namespace Platform.Points.GridTasks;

/// <summary>Grid tasks for the volunteer who did them, the community's verifiers and the programme office.</summary>
internal sealed class GridTaskReader(IQuerySession session)
{
    public Task<SourcePage<GridTask>> MineAsync(Actor actor, int first, string? after, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("The account is not linked to one worker.");
        return KeysetPaging.PageAsync(session.Query<GridTask>().Where(t => t.WorkerId == workerId), t => t.Id, newestFirst: true, first, after, cancellationToken);
    }

    /// <summary>Oldest first: a queue is worked from its front.</summary>
    public Task<SourcePage<GridTask>> QueueAsync(
        Actor actor, Guid? communityId, GridTaskStatus status, int first, string? after, CancellationToken cancellationToken)
    {
        var query = session.Query<GridTask>().Where(t => t.Status == status);
        var admin = actor.IsInRole(Role.ProgrammeAdmin);
        if (communityId is { } community)
        {
            if (!admin && !GridTaskAccess.Verifies(actor, community))
                throw PlatformException.Forbidden("A verifier sees the grid tasks of their own communities.");
            query = query.Where(t => t.CommunityId == community);
        }
        else if (!admin)
        {
            var communities = GridTaskAccess.VerifiedCommunities(actor);
            if (communities.Count == 0) throw PlatformException.Forbidden("A verifier sees the grid tasks of their own communities.");
            query = query.Where(t => communities.Contains(t.CommunityId));
        }
        return KeysetPaging.PageAsync(query, t => t.Id, newestFirst: false, first, after, cancellationToken);
    }

    public async Task<GridTask?> ByIdAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var task = await session.LoadAsync<GridTask>(id, cancellationToken);
        if (task is not null && !GridTaskAccess.Sees(actor, task))
            throw PlatformException.Forbidden("A grid task is seen by its volunteer, the community's verifiers and the programme office.");
        return task;
    }
}
