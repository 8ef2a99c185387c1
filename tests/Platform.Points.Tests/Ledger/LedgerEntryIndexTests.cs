using Marten;
using Marten.Linq;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;
using Platform.Testing;

namespace Platform.Points.Tests.Ledger;

/// <summary>One (worker, cap slot) index serves both of the ledger's per-worker reads.</summary>
public sealed class LedgerEntryIndexTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string WorkerAndSlot = "mt_doc_ledgerentry_idx_worker_idcap_slot";

    [Fact]
    public async Task A_workers_count_in_a_cap_slot_is_read_through_the_worker_and_slot_index()
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var worker = Guid.NewGuid();
        var command = session.Query<LedgerEntry>()
            .Where(e => e.WorkerId == worker && e.CapSlot == "report.traffic|2026-11-27" && e.Points > 0)
            .ToCommand(FetchType.Count);

        var plan = await QueryPlans.ExplainAsync(platform.ConnectionString, command);

        Assert.Contains(plan, line => line.Contains(WorkerAndSlot, StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("Index Cond", StringComparison.Ordinal)
                                      && line.Contains("workerId", StringComparison.Ordinal) && line.Contains("capSlot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_workers_history_is_read_through_the_same_index()
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var worker = Guid.NewGuid();
        var command = session.Query<LedgerEntry>().Where(e => e.WorkerId == worker)
            .OrderByDescending(e => e.AwardedAt).ThenByDescending(e => e.Id).Take(21).ToCommand();

        var plan = await QueryPlans.ExplainAsync(platform.ConnectionString, command);

        Assert.Contains(plan, line => line.Contains(WorkerAndSlot, StringComparison.Ordinal));
    }
}
