using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Contracts;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Which boards an award counts on, from its branch and enterprise. A branch's district and an
/// enterprise's sectors rarely change, so they are asked of the registry once per process and kept;
/// a page of thousands of awards then costs no look-ups at all. Only found entries are kept.
/// </summary>
internal sealed class BoardPlacement(IServiceProvider services)
{
    private readonly ConcurrentDictionary<Guid, Guid> _districtOfBranch = new();
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<Sector>> _sectorsOfEnterprise = new();

    /// <summary>Loads what the awards of a page need and is not known yet, in one scope.</summary>
    public async Task LearnAsync(IEnumerable<Guid> branches, IEnumerable<Guid> enterprises, CancellationToken cancellationToken)
    {
        var newBranches = branches.Where(b => !_districtOfBranch.ContainsKey(b)).Distinct().ToList();
        var newEnterprises = enterprises.Where(e => !_sectorsOfEnterprise.ContainsKey(e)).Distinct().ToList();
        if (newBranches.Count == 0 && newEnterprises.Count == 0) return;

        await using var scope = services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var roster = scope.ServiceProvider.GetRequiredService<IOrganizationRoster>();
        foreach (var id in newBranches)
        {
            if (await directory.FindBranchAsync(id, cancellationToken) is { } branch) _districtOfBranch[id] = branch.DistrictId;
        }
        foreach (var id in newEnterprises)
        {
            if (await roster.FindEnterpriseAsync(id, cancellationToken) is { } enterprise) _sectorsOfEnterprise[id] = enterprise.Sectors;
        }
    }

    /// <summary>
    /// The stored boards that make up a board (<see cref="Board.IsStored"/>): the city's
    /// branches, a district's branches, a sector's enterprises, or the board itself. Asked of the
    /// registry when a board is loaded.
    /// </summary>
    public async Task<string[]> StoredBoardsOfAsync(string board, CancellationToken cancellationToken)
    {
        if (Board.IsStored(board)) return [board];
        await using var scope = services.CreateAsyncScope();
        var roster = scope.ServiceProvider.GetRequiredService<IOrganizationRoster>();
        if (board == Board.City) return [.. (await roster.AllBranchesAsync(cancellationToken)).Select(b => Board.Branch(b.BranchId))];
        if (board.StartsWith(Board.DistrictPrefix, StringComparison.Ordinal))
        {
            var district = Guid.Parse(board.AsSpan(Board.DistrictPrefix.Length));
            return [.. (await roster.BranchesOfDistrictsAsync([district], cancellationToken)).Select(b => Board.Branch(b.BranchId))];
        }
        var sector = Enum.Parse<Sector>(board.AsSpan(Board.SectorPrefix.Length));
        return [.. (await roster.EnterprisesOfSectorAsync(sector, cancellationToken)).Select(e => Board.Enterprise(e.EnterpriseId))];
    }

    /// <summary>The boards of an award earned in the branch, for the enterprise (if any).</summary>
    public IEnumerable<string> BoardsOf(Guid branchId, Guid? enterpriseId)
    {
        yield return Board.City;
        if (_districtOfBranch.TryGetValue(branchId, out var district)) yield return Board.District(district);
        yield return Board.Branch(branchId);
        if (enterpriseId is not { } enterprise) yield break;
        yield return Board.Enterprise(enterprise);
        if (!_sectorsOfEnterprise.TryGetValue(enterprise, out var sectors)) yield break;
        foreach (var sector in sectors) yield return Board.Sector(sector);
    }
}
