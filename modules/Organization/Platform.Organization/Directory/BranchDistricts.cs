using System.Collections.Concurrent;
using Marten;
using Platform.Organization.Branches;

namespace Platform.Organization.Directory;

/// <summary>
/// The district of each branch, remembered by the process. A branch's district is set when it is
/// registered (<see cref="BranchRegistered"/>) and no event changes it, so a remembered answer never
/// goes stale; branches are few. Every worker summary needs it, and asking PostgreSQL for it was a
/// second query on every award's path (the worker is the first). If branches ever move between
/// districts, this has to learn of the move.
/// </summary>
internal sealed class BranchDistricts
{
    private readonly ConcurrentDictionary<Guid, Guid> _districts = new();

    public async Task<IReadOnlyDictionary<Guid, Guid>> OfAsync(IQuerySession session, IEnumerable<Guid> branchIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, Guid>();
        var missing = new List<Guid>();
        foreach (var id in branchIds.Distinct())
        {
            if (_districts.TryGetValue(id, out var district)) found[id] = district;
            else missing.Add(id);
        }
        if (missing.Count == 0) return found;
        foreach (var branch in await session.LoadManyAsync<Branch>(cancellationToken, missing))
            found[branch.Id] = _districts[branch.Id] = branch.DistrictId;
        return found;
    }
}
