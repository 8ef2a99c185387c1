using Marten;
using Platform.Points.Contracts;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>The ledger's entries as its readers ask for them: by source key, a worker's history, an activity's attendance, a period.</summary>
internal sealed class LedgerEntries(IDocumentStore store)
{
    private readonly string _table = new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified;

    public async Task<LedgerEntry?> LoadAsync(string key, CancellationToken cancellationToken) =>
        (await LoadManyAsync([key], cancellationToken)).SingleOrDefault();

    public Task<List<LedgerEntry>> LoadManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        QueryAsync($"select {LedgerEntryTable.Columns} from {_table} where key = any($1)", [keys.ToArray()], cancellationToken);

    /// <summary>A worker's entries, newest first, from after the entry awarded at <paramref name="after"/> (if given).</summary>
    public Task<List<LedgerEntry>> HistoryAsync(Guid workerId, int count, (DateTimeOffset At, string Key)? after, CancellationToken cancellationToken) =>
        QueryAsync(HistorySql(_table, after is not null),
            after is { } from ? [workerId, count, from.At.ToUniversalTime(), from.Key] : [workerId, count], cancellationToken);

    /// <summary>$1 the worker, $2 how many; after an entry: $3 its award time, $4 its key.</summary>
    public static string HistorySql(string table, bool after) => $"""
        select {LedgerEntryTable.Columns} from {table}
        where worker_id = $1{(after ? " and (awarded_at, key) < ($3, $4)" : "")}
        order by awarded_at desc, key desc limit $2
        """;

    /// <summary>The entries of a source (an activity's attendance), in the order they were awarded.</summary>
    public Task<List<LedgerEntry>> OfSourceAsync(Guid sourceId, CancellationToken cancellationToken) =>
        QueryAsync(OfSourceSql(_table), [sourceId], cancellationToken);

    /// <summary>$1 the source.</summary>
    public static string OfSourceSql(string table) =>
        $"select {LedgerEntryTable.Columns} from {table} where source_id = $1 and {LedgerEntryTable.OwnSource} order by awarded_at, key";

    /// <summary>The entries of the given kinds that happened in [from, to).</summary>
    public Task<List<LedgerEntry>> OccurredAsync(IReadOnlyCollection<SourceKind> kinds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync($"""
            select {LedgerEntryTable.Columns} from {_table}
            where kind = any($1) and occurred_at >= $2 and occurred_at < $3
            """, [kinds.Select(k => k.ToString()).ToArray(), from.ToUniversalTime(), to.ToUniversalTime()], cancellationToken);

    private async Task<List<LedgerEntry>> QueryAsync(string sql, object[] values, CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = PositionalCommand.For(connection, null, sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<LedgerEntry>();
        while (await reader.ReadAsync(cancellationToken)) entries.Add(LedgerEntryTable.Read(reader));
        return entries;
    }
}
