using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Points.Reports;
using Platform.Testing;

namespace Platform.Points.Tests.Reports;

public sealed class ReportDuplicateIndexTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task Duplicate_candidates_are_found_through_the_category_and_time_index_not_a_scan()
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var now = DateTimeOffset.UtcNow;
        var command = ReportDuplicates.Candidates(session, ReportCategory.Fire, now.AddHours(-1), now).ToCommand();

        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // An empty table is cheapest to scan; forbid that, so the plan shows whether an index can serve the query at all.
        await using (var noScan = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction)) await noScan.ExecuteNonQueryAsync();
        command.Connection = connection;
        command.Transaction = transaction;
        command.CommandText = "explain " + command.CommandText;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));

        Assert.Contains(plan, line => line.Contains("ix_points_report_category_time", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("Index Cond", StringComparison.Ordinal) && line.Contains("occurredAt", StringComparison.Ordinal));
    }
}
