using Marten;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Rollups;

internal sealed record Difference(string Scope, Guid Id, int Ledger, int Recorded);

internal sealed record ReconciliationReport(int Workers, int Branches, int Enterprises, IReadOnlyList<Difference> Differences);

/// <summary>
/// Proves invariant 2: every worker's balance, and every branch's and enterprise's total, equals
/// the sum of the ledger entries behind it. Run after the roll-ups have caught up.
/// </summary>
internal sealed class Reconciliation(IQuerySession session, IGrainFactory grains)
{
    public async Task<ReconciliationReport> RunAsync(CancellationToken cancellationToken)
    {
        // Streams every entry's amount: fine for a city; a ledger of millions wants this in SQL.
        var entries = await session.Query<LedgerEntry>()
            .Select(e => new { e.WorkerId, e.BranchId, e.EnterpriseId, e.Points })
            .ToListAsync(cancellationToken);
        var workers = entries.GroupBy(e => e.WorkerId).ToDictionary(g => g.Key, g => g.Sum(e => e.Points));
        var branches = entries.GroupBy(e => e.BranchId).ToDictionary(g => g.Key, g => g.Sum(e => e.Points));
        var enterprises = entries.Where(e => e.EnterpriseId is not null).GroupBy(e => e.EnterpriseId!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Points));

        var differences = new List<Difference>();
        var accounts = await session.LoadManyAsync<PointsAccount>(cancellationToken, workers.Keys.Select(LedgerStream.For));
        var balances = accounts.ToDictionary(a => a.WorkerId, a => a.Balance);
        differences.AddRange(workers.Where(w => balances.GetValueOrDefault(w.Key) != w.Value)
            .Select(w => new Difference("WORKER", w.Key, w.Value, balances.GetValueOrDefault(w.Key))));
        foreach (var (branch, sum) in branches)
        {
            var recorded = (await grains.GetGrain<IBranchPointsGrain>(branch).GetAsync()).Balance;
            if (recorded != sum) differences.Add(new Difference("BRANCH", branch, sum, recorded));
        }
        foreach (var (enterprise, sum) in enterprises)
        {
            var recorded = (await grains.GetGrain<IEnterprisePointsGrain>(enterprise).GetAsync()).Balance;
            if (recorded != sum) differences.Add(new Difference("ENTERPRISE", enterprise, sum, recorded));
        }
        return new ReconciliationReport(workers.Count, branches.Count, enterprises.Count, differences);
    }
}
