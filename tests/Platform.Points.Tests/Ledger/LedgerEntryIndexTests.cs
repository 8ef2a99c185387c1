using Marten;
using Marten.Linq;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;
using Platform.Testing;

namespace Platform.Points.Tests.Ledger;

/// <summary>One (worker, cap slot) index serves both of the ledger's per-worker reads.</summary>
public sealed class LedgerEntryIndexTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string WorkerAndSlot = "mt_doc_ledgerentry_idx_worker_idcap_slot";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_workers_cap_counts_are_read_through_the_worker_and_slot_index(bool recentSlots)
    {
        var entries = platform.Services.GetRequiredService<IDocumentStore>().Options.FindOrResolveDocumentType(typeof(LedgerEntry)).TableName.QualifiedName;
        var command = new NpgsqlCommand(recentSlots ? CapCounts.RecentSql(entries) : CapCounts.SlotSql(entries))
        {
            Parameters = { new() { Value = Guid.NewGuid() }, new() { Value = recentSlots ? "2026-08" : "report.traffic|2026-11-27" } },
        };

        var plan = await QueryPlans.ExplainAsync(platform.ConnectionString, command);

        Assert.Contains(plan, line => line.Contains(WorkerAndSlot, StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("Index Cond", StringComparison.Ordinal) && line.Contains("workerId", StringComparison.Ordinal)
                                      && (recentSlots || line.Contains("capSlot", StringComparison.Ordinal)));
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
