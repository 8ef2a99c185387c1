using Npgsql;

namespace Platform.Points.Tests;

/// <summary>The plan PostgreSQL chooses for a store's command, to prove an index serves a query.</summary>
internal static class QueryPlans
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(string connectionString, NpgsqlCommand command)
    {
        await using var connection = new NpgsqlConnection(connectionString);
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
        return plan;
    }
}
