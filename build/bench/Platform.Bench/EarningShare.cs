using Npgsql;

namespace Platform.Bench;

/// <summary>Which share of the attendance awards written after a mark earned points (the rest were past their cap).</summary>
internal sealed class EarningShare(string connectionString, string schema)
{
    public async Task<long> MarkAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select coalesce(max(seq), 0) from {schema}.points_ledger_entry", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The share that earned, and how many there were; null when there were none.</summary>
    public async Task<(double Share, long Awards)?> SinceAsync(long mark)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select count(*) filter (where points > 0), count(*) from {schema}.points_ledger_entry where kind = 'Activity' and seq > $1", connection)
        {
            Parameters = { new() { Value = mark } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(1) == 0 ? null : ((double)reader.GetInt64(0) / reader.GetInt64(1), reader.GetInt64(1));
    }
}
