using Npgsql;

namespace Platform.Bench;

/// <summary>
/// PostgreSQL's own time per statement (pg_stat_statements) over the measured part of a run, for
/// <c>--statements</c>: which statements a scenario's database time goes to, the daemon's included.
/// </summary>
internal static class StatementTimes
{
    public static readonly string[] Settings =
    [
        "Postgres:Settings:shared_preload_libraries=pg_stat_statements",
        // Planning is timed apart from execution: a statement planned at every call shows plans = calls.
        "Postgres:Settings:pg_stat_statements.track_planning=on",
    ];

    public static async Task ResetAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("create extension if not exists pg_stat_statements; select pg_stat_statements_reset();", connection);
        await create.ExecuteNonQueryAsync();
    }

    public static async Task<string> TopAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """
            select round(total_exec_time)::bigint, calls, rows, round((total_exec_time / greatest(calls, 1))::numeric, 2),
                   round(total_plan_time)::bigint, plans, left(regexp_replace(query, '\s+', ' ', 'g'), 160)
            from pg_stat_statements order by total_exec_time desc limit $1
            """, connection);
        query.Parameters.AddWithValue(count);
        await using var reader = await query.ExecuteReaderAsync();
        var lines = new List<string> { "| total ms | calls | rows | ms per call | planning ms | plans | statement |", "|---|---|---|---|---|---|---|" };
        while (await reader.ReadAsync())
            lines.Add($"| {reader.GetInt64(0):N0} | {reader.GetInt64(1):N0} | {reader.GetInt64(2):N0} | {reader.GetDecimal(3)} | {reader.GetInt64(4):N0} | {reader.GetInt64(5):N0} | `{reader.GetString(6).Replace("|", "\\|", StringComparison.Ordinal)}` |");
        return string.Join('\n', lines);
    }
}
