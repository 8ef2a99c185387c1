using Marten;
using Npgsql;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// Builds the balances of a database from before 2026-11-30, kept as one Marten document per worker,
/// from its ledger (a balance is the sum of the worker's entries: invariant 2), and drops the
/// documents' table: once, after <see cref="LedgerEntryUpgrade"/> and before the ledger takes
/// writes. Hosts starting together take turns on an advisory lock; the later ones find nothing to do.
/// </summary>
internal sealed class BalanceUpgrade(IDocumentStore store)
{
    public const string RetiredName = "mt_doc_pointsaccount";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var retired = await RetiredTable.TakeTurnAsync(store, RetiredName, cancellationToken);
        if (retired is null) return;
        var (schema, connection, transaction) = (store.Options.DatabaseSchemaName, retired.Connection, retired.Transaction);
        var balances = new BalanceTable(schema).Qualified;
        // A host of this build already writing balances waits until the rows are set, so the sums
        // read after the lock hold every entry it committed before.
        await using (var block = new NpgsqlCommand($"lock table {balances} in exclusive mode", connection, transaction))
            await block.ExecuteNonQueryAsync(cancellationToken);
        await using (var build = new NpgsqlCommand(BuildSql(balances, new LedgerEntryTable(schema).Qualified), connection, transaction))
        {
            // A ledger of millions of entries is summed in one statement; it may take minutes.
            build.CommandTimeout = 0;
            await build.ExecuteNonQueryAsync(cancellationToken);
        }
        await retired.DropAsync(cancellationToken);
    }

    /// <summary>Every worker's rows set to the sums of their entries per month and category.</summary>
    public static string BuildSql(string balances, string entries) => $"""
        insert into {balances} as b (worker_id, month, category, points, entries)
        select worker_id, month, category, sum(points)::int, count(*)::int from {entries} group by 1, 2, 3
        on conflict (worker_id, month, category) do update set points = excluded.points, entries = excluded.entries
        """;
}
