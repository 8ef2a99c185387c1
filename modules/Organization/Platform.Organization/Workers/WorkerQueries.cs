using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Branches;
using Platform.Organization.Common;
using Platform.Organization.Contracts;

namespace Platform.Organization.Workers;

internal sealed record WorkerFilter(
    Guid? BranchId, Guid? EnterpriseId, Sector? Sector, Guid? DistrictId, bool? GridVolunteer, Guid? CommunityId, string? Search);

/// <summary>Workers the actor may see (<see cref="WorkerScope"/>), filtered, by name a page at a time.</summary>
internal sealed class WorkerQueries(IQuerySession session)
{
    public async Task<Page<Worker>> ListAsync(Actor actor, int first, string? after, WorkerFilter filter, CancellationToken cancellationToken)
    {
        var query = session.Query<Worker>().VisibleTo(actor);
        if (filter.BranchId is { } branch) query = query.Where(w => w.BranchId == branch);
        if (filter.EnterpriseId is { } enterprise) query = query.Where(w => w.EnterpriseIds.Contains(enterprise));
        if (filter.Sector is { } sector) query = query.Where(w => w.Sectors.Contains(sector));
        if (filter.GridVolunteer is { } volunteer) query = query.Where(w => w.GridVolunteer == volunteer);
        if (filter.CommunityId is { } community) query = query.Where(w => w.CommunityId == community);
        if (filter.DistrictId is { } district)
        {
            // A worker's district is the district of the worker's branch.
            var branches = await session.Query<Branch>().Where(b => b.DistrictId == district).Select(b => b.Id).ToListAsync(cancellationToken);
            var ids = branches.ToArray();
            query = query.Where(w => w.BranchId.IsOneOf(ids));
        }
        if (Input.SearchTerm(filter.Search) is { } term) query = query.Where(w => w.Name.Contains(term) || w.Phone.StartsWith(term));
        return await Paging.ByNameAsync(query, first, after, w => (w.Name, w.Id), cancellationToken);
    }

    /// <summary>The worker, or null when there is none; FORBIDDEN when the actor may not see it.</summary>
    public async Task<Worker?> FindAsync(Actor actor, Guid workerId, CancellationToken cancellationToken)
    {
        var worker = await session.LoadAsync<Worker>(workerId, cancellationToken);
        if (worker is not null && !WorkerScope.CanSee(actor, worker))
            throw PlatformException.Forbidden("You may not see this worker.");
        return worker;
    }

    /// <summary>The signed-in worker's own record (the Worker role's scope is the worker id).</summary>
    public async Task<Worker?> MeAsync(Actor actor, CancellationToken cancellationToken)
    {
        var ids = actor.IdsOf(Role.Worker);
        if (ids.Count == 0) return null;
        var workers = await session.LoadManyAsync<Worker>(cancellationToken, ids);
        return workers.OrderBy(w => w.CreatedAt).FirstOrDefault();
    }
}
