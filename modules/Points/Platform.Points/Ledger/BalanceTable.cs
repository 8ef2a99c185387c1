using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Points.Ledger;

/// <summary>
/// Where workers' balances live: one row per worker, programme month and category with its points
/// and its number of entries, written by the ledger's group commit (<see cref="BalanceDeltas"/>).
/// A balance, its categories, its months (and so its quarters and years) are sums of a worker's
/// rows. Until 2026-11-30 a balance was a Marten document per worker (<c>mt_doc_pointsaccount</c>):
/// PostgreSQL rebuilt its JSON for every batch that touched the worker, about twice the cost of
/// adding to a row (docs/profiling.md, twenty-first pass); <see cref="BalanceUpgrade"/> builds an
/// older database's rows from its ledger.
/// </summary>
internal sealed class BalanceTable(string schema)
{
    public const string Name = "points_balance";

    public string Qualified { get; } = $"{schema}.{Name}";

    public Table Definition()
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        // A worker's rows are one range of the key: their balance is read by it.
        table.AddColumn<Guid>("worker_id").AsPrimaryKey();
        table.AddColumn<string>("month").AsPrimaryKey();
        table.AddColumn<string>("category").AsPrimaryKey();
        table.AddColumn<int>("points").NotNull();
        table.AddColumn<int>("entries").NotNull();
        return table;
    }
}
