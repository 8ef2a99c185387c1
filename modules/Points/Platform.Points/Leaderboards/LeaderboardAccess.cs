using Platform.Access.Contracts;
using Platform.Organization.Contracts;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Who sees which board: the programme office every board; a worker the boards they belong to now
/// (city, their district, sectors, enterprises, branch); a secretary their branch and its district;
/// an enterprise admin their enterprise. Roles add up.
/// </summary>
internal sealed class LeaderboardAccess(IOrganizationDirectory directory)
{
    public async Task<bool> SeesAsync(Actor actor, BoardRef board, CancellationToken cancellationToken)
    {
        if (actor.IsInRole(Role.ProgrammeAdmin)) return true;
        if (await SeesAsSecretaryOrEnterpriseAsync(actor, board, cancellationToken)) return true;

        var workerIds = actor.ScopesOf(Role.Worker).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        if (workerIds.Count == 0) return false;
        var workers = await directory.FindWorkersAsync(workerIds, cancellationToken);
        return workers.Any(w => board.Scope switch
        {
            LeaderboardScope.City => true,
            LeaderboardScope.District => w.DistrictId == board.Id,
            LeaderboardScope.Sector => w.Sectors.Contains(board.Sector),
            LeaderboardScope.Enterprise => w.EnterpriseIds.Contains(board.Id),
            _ => w.BranchId == board.Id,
        });
    }

    private async Task<bool> SeesAsSecretaryOrEnterpriseAsync(Actor actor, BoardRef board, CancellationToken cancellationToken)
    {
        switch (board.Scope)
        {
            case LeaderboardScope.Branch:
                return actor.HasScope(Role.Secretary, board.Id.ToString());
            case LeaderboardScope.Enterprise:
                return actor.HasScope(Role.EnterpriseAdmin, board.Id.ToString());
            case LeaderboardScope.District:
                foreach (var scope in actor.ScopesOf(Role.Secretary))
                {
                    if (Guid.TryParse(scope, out var branchId)
                        && await directory.FindBranchAsync(branchId, cancellationToken) is { } branch
                        && branch.DistrictId == board.Id)
                        return true;
                }
                return false;
            default:
                return false;
        }
    }
}
