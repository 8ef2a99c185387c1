using Marten;
using Platform.Organization.Branches;
using Platform.Organization.Contracts;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;
using Platform.Organization.Workers;

namespace Platform.Organization.Directory;

/// <summary>The registry as other modules see it: summaries, never the documents or their events.</summary>
internal sealed class OrganizationDirectory(IQuerySession session, BranchDistricts districts, WorkerReads workerReads) : IOrganizationDirectory, IOrganizationRoster
{
    public async Task<WorkerSummary?> FindWorkerAsync(Guid workerId, CancellationToken cancellationToken) =>
        (await FindWorkersAsync([workerId], cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<WorkerSummary>> FindWorkersAsync(IReadOnlyCollection<Guid> workerIds, CancellationToken cancellationToken)
    {
        if (workerIds.Count == 0) return [];
        var read = await workerReads.ReadAsync(workerIds, cancellationToken);
        var workers = workerIds.Distinct().Select(id => read.GetValueOrDefault(id)).OfType<Worker>().ToList();
        return await SummariesAsync(workers, cancellationToken);
    }

    public async Task<BranchSummary?> FindBranchAsync(Guid branchId, CancellationToken cancellationToken) =>
        (await session.LoadAsync<Branch>(branchId, cancellationToken))?.ToSummary();

    public async Task<DistrictSummary?> FindDistrictAsync(Guid districtId, CancellationToken cancellationToken) =>
        await session.LoadAsync<District>(districtId, cancellationToken) is { } d ? new DistrictSummary(d.Id, d.Name, d.CreatedAt) : null;

    /// <summary>Outlets live inside their enterprise's document; enterprises are few, and the containment test is done by PostgreSQL.</summary>
    public async Task<OutletSummary?> FindOutletAsync(Guid outletId, CancellationToken cancellationToken)
    {
        var enterprise = await session.Query<Enterprise>().Where(e => e.Outlets.Any(o => o.Id == outletId)).FirstOrDefaultAsync(cancellationToken);
        return enterprise?.FindOutlet(outletId) is { } outlet ? new OutletSummary(outlet.Id, enterprise.Id, outlet.Name, outlet.DistrictId) : null;
    }

    public async Task<IReadOnlyList<BranchSummary>> AllBranchesAsync(CancellationToken cancellationToken) =>
        (await session.Query<Branch>().ToListAsync(cancellationToken)).Select(b => b.ToSummary()).ToList();

    public async Task<IReadOnlyList<BranchSummary>> BranchesOfDistrictsAsync(IReadOnlyCollection<Guid> districtIds, CancellationToken cancellationToken)
    {
        if (districtIds.Count == 0) return [];
        var ids = districtIds.Distinct().ToArray();
        return (await session.Query<Branch>().Where(b => ids.Contains(b.DistrictId)).ToListAsync(cancellationToken)).Select(b => b.ToSummary()).ToList();
    }

    public async Task<IReadOnlyList<WorkerSummary>> WorkersOfBranchAsync(Guid branchId, CancellationToken cancellationToken) =>
        await SummariesAsync(await session.Query<Worker>().Where(w => w.BranchId == branchId).ToListAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<WorkerSummary>> WorkersOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        await SummariesAsync(
            await session.Query<Worker>().Where(w => w.EnterpriseIds.Contains(enterpriseId)).ToListAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<WorkerSummary>> GridVolunteersOfCommunityAsync(Guid communityId, CancellationToken cancellationToken) =>
        await SummariesAsync(
            await session.Query<Worker>().Where(w => w.GridVolunteer && w.CommunityId == communityId).ToListAsync(cancellationToken),
            cancellationToken);

    public async Task<IReadOnlyList<EnterpriseSummary>> EnterprisesOfSectorAsync(Sector sector, CancellationToken cancellationToken) =>
        (await session.Query<Enterprise>().Where(e => e.Sectors.Contains(sector)).ToListAsync(cancellationToken))
            .Select(e => e.ToSummary()).ToList();

    public async Task<EnterpriseSummary?> FindEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        await session.LoadAsync<Enterprise>(enterpriseId, cancellationToken) is { } e ? e.ToSummary() : null;

    public async Task<CommunitySummary?> FindCommunityAsync(Guid communityId, CancellationToken cancellationToken) =>
        await session.LoadAsync<Community>(communityId, cancellationToken) is { } c ? new CommunitySummary(c.Id, c.Name, c.DistrictId) : null;

    private async Task<IReadOnlyList<WorkerSummary>> SummariesAsync(IReadOnlyList<Worker> workers, CancellationToken cancellationToken)
    {
        if (workers.Count == 0) return [];
        var branches = await districts.OfAsync(session, workers.Select(w => w.BranchId), cancellationToken);
        return workers.Select(w => w.ToSummary(branches.GetValueOrDefault(w.BranchId))).ToList();
    }
}
