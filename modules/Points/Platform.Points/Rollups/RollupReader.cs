using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Rollups;

/// <summary>Branch and enterprise totals, for their own people and the programme office.</summary>
internal sealed class RollupReader(IGrainFactory grains, IOrganizationDirectory directory)
{
    public async Task<PointsView> BranchAsync(Actor actor, Guid branchId, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin) && !actor.HasScope(Role.Secretary, branchId.ToString()))
            throw PlatformException.Forbidden("Only the branch's secretary and the programme office see its points.");
        _ = await directory.FindBranchAsync(branchId, cancellationToken) ?? throw PlatformException.NotFound($"No branch has id {branchId}.");
        return View(branchId, await grains.GetGrain<IBranchPointsGrain>(branchId).GetAsync());
    }

    public async Task<PointsView> EnterpriseAsync(Actor actor, Guid enterpriseId)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin) && !actor.HasScope(Role.EnterpriseAdmin, enterpriseId.ToString()))
            throw PlatformException.Forbidden("Only the enterprise's admins and the programme office see its points.");
        return View(enterpriseId, await grains.GetGrain<IEnterprisePointsGrain>(enterpriseId).GetAsync());
    }

    private static PointsView View(Guid id, PointsTotals totals) => new(id, totals.Balance, 0, totals.ByCategory, totals.ByMonth);
}
