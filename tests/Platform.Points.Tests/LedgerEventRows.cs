using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Testing;

namespace Platform.Points.Tests;

/// <summary>A ledger event's row as stored, found by its source key: its place in the event sequence and when it was recorded.</summary>
internal static class LedgerEventRows
{
    public static async Task<(long Sequence, DateTimeOffset RecordedAt)> LedgerEventAsync(this TestPlatform platform, string sourceKey)
    {
        var schema = platform.Services.GetRequiredService<IDocumentStore>().Options.Events.DatabaseSchemaName;
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select seq_id, timestamp from {schema}.mt_events where data ->> 'sourceKey' = $1", connection)
        {
            Parameters = { new() { Value = sourceKey } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No event for {sourceKey}.");
        return (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1));
    }
}
