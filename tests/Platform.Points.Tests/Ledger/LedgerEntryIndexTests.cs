using Marten;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Intake;
using Platform.Points.Ledger;
using Platform.Testing;

namespace Platform.Points.Tests.Ledger;

/// <summary>One (worker, cap slot) index serves both of the ledger's per-worker reads; the source index serves attendance lists.</summary>
public sealed class LedgerEntryIndexTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private string Entries => new LedgerEntryTable(platform.Services.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName).Qualified;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_workers_cap_counts_are_read_through_the_worker_and_slot_index(bool recentSlots)
    {
        var command = new NpgsqlCommand(recentSlots ? CapCounts.RecentSql(Entries) : CapCounts.SlotSql(Entries))
        {
            Parameters = { new() { Value = Guid.NewGuid() }, new() { Value = recentSlots ? "2026-08" : "report.traffic|2026-11-27" } },
        };

        var plan = await QueryPlans.ExplainAsync(platform.ConnectionString, command);

        Assert.Contains(plan, line => line.Contains(LedgerEntryTable.WorkerSlotIndex, StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("Index Cond", StringComparison.Ordinal) && line.Contains("worker_id", StringComparison.Ordinal)
                                      && (recentSlots || line.Contains("cap_slot", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_workers_history_is_read_through_the_same_index(bool after)
    {
        var command = new NpgsqlCommand(LedgerEntries.HistorySql(Entries, after))
        {
            Parameters = { new() { Value = Guid.NewGuid() }, new() { Value = 21 } },
        };
        if (after)
        {
            command.Parameters.Add(new() { Value = DateTimeOffset.UtcNow });
            command.Parameters.Add(new() { Value = "report:x" });
        }

        var plan = await QueryPlans.ExplainAsync(platform.ConnectionString, command);

        Assert.Contains(plan, line => line.Contains(LedgerEntryTable.WorkerSlotIndex, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_activitys_attendance_is_read_through_the_source_index_that_leaves_intake_records_out()
    {
        var command = new NpgsqlCommand(LedgerEntries.OfSourceSql(Entries)) { Parameters = { new() { Value = Guid.NewGuid() } } };

        var plan = await QueryPlans.ExplainAsync(platform.ConnectionString, command);

        // A partial index serves only a query that says its predicate: without it the plan would scan.
        Assert.Contains(plan, line => line.Contains(LedgerEntryTable.SourceIndex, StringComparison.Ordinal));
        var definition = await platform.ScalarAsync<string>("select indexdef from pg_indexes where indexname = $1", LedgerEntryTable.SourceIndex);
        Assert.Contains($"'{BatchIntake.KeyPrefix}%'", definition, StringComparison.Ordinal);
    }
}
