using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;
using Platform.Points.Storage;
using Platform.Testing;

namespace Platform.Points.Tests.Ledger;

/// <summary>The event sequence each entry keeps, read from the entries' table.</summary>
internal static class EntrySequences
{
    public static async Task<Dictionary<string, long>> OfAsync(TestPlatform platform, IEnumerable<string> keys)
    {
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using var connection = await platform.OpenAsync();
        await using var command = PositionalCommand.For(connection, null,
            $"select key, seq from {new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified} where key = any($1)", [keys.ToArray()]);
        var sequences = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) sequences[reader.GetString(0)] = reader.GetInt64(1);
        return sequences;
    }
}
