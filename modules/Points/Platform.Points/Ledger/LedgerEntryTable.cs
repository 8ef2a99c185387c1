using Npgsql;
using Platform.Points.Contracts;
using Platform.Points.Intake;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Points.Ledger;

/// <summary>
/// Where the ledger's entries live: one row of typed columns per entry, keyed by the source key and
/// written by <see cref="LedgerRows"/> in the statement that appends its event, whose sequence it
/// keeps. Until 2026-11-29 entries were Marten documents (<c>mt_doc_ledgerentry</c>): PostgreSQL
/// parsed a second JSON document per award and kept four expression indexes over it, and the host
/// serialised it; <see cref="LedgerEntryUpgrade"/> moves an older database's entries here.
/// </summary>
internal sealed class LedgerEntryTable(string schema)
{
    public const string Name = "points_ledger_entry";

    /// <summary>A worker's history, and their count in a cap's slot: one index serves both.</summary>
    public const string WorkerSlotIndex = "ix_points_ledger_entry_worker_slot";

    /// <summary>An activity's attendance: the entries of a source, of the platform's own sources only.</summary>
    public const string SourceIndex = "ix_points_ledger_entry_source";

    /// <summary>Separates the flags of an entry in the one text value each entry passes for them (PostgreSQL arrays are rectangular).</summary>
    public const char FlagSeparator = '\u001f';

    /// <summary>The columns <see cref="Read"/> expects, in its order.</summary>
    public const string Columns = "key, " + Values;

    /// <summary>The columns after the key, the order in which writers give them.</summary>
    public const string Values = """
        worker_id, kind, source_id, points, reason, category, enterprise_id, branch_id, occurred_at, awarded_at,
        by, month, reversal_of, rule_id, rule_version, cap_key, cap_limit, cap_period, flags, cap_slot
        """;

    /// <summary>
    /// Entries whose source is one of the platform's own records: the source index holds only these,
    /// so a query by source says it too. Written as PostgreSQL prints it (<c>!~~</c> is NOT LIKE), or
    /// Weasel would see a different index at every start and build it again.
    /// </summary>
    public const string OwnSource = $"key !~~ '{BatchIntake.KeyPrefix}%'";

    public string Qualified { get; } = $"{schema}.{Name}";

    public Table Definition()
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<string>("key").AsPrimaryKey();
        // The ledger event's sequence: where the entry stands in the order the totals and boards fold.
        table.AddColumn<long>("seq").NotNull();
        table.AddColumn<Guid>("worker_id").NotNull();
        table.AddColumn<string>("kind").NotNull();
        table.AddColumn<Guid>("source_id").NotNull();
        table.AddColumn<int>("points").NotNull();
        table.AddColumn<string>("reason").NotNull();
        table.AddColumn<string>("category").NotNull();
        table.AddColumn<Guid>("enterprise_id");
        table.AddColumn<Guid>("branch_id").NotNull();
        table.AddColumn<DateTimeOffset>("occurred_at").NotNull();
        table.AddColumn<DateTimeOffset>("awarded_at").NotNull();
        table.AddColumn<string>("by");
        table.AddColumn<string>("month").NotNull();
        table.AddColumn<string>("reversal_of");
        table.AddColumn<string>("rule_id");
        table.AddColumn<string>("rule_version");
        table.AddColumn<string>("cap_key");
        table.AddColumn<int>("cap_limit");
        table.AddColumn<string>("cap_period");
        table.AddColumn("flags", "text[]");
        table.AddColumn<string>("cap_slot");
        table.Indexes.Add(new IndexDefinition(WorkerSlotIndex) { Columns = ["worker_id", "cap_slot"] });
        // The ledger in the order its followers read it (LedgerPages).
        table.Indexes.Add(new IndexDefinition("ix_points_ledger_entry_seq") { Columns = ["seq"] });
        // An activity's attendance list. An enterprise's intake record is its own source (a hash of
        // its key) and never asked for by source: leaving those out spares batch intake an insert
        // at a random place of this index per record.
        table.Indexes.Add(new IndexDefinition(SourceIndex) { Columns = ["source_id"], Predicate = OwnSource });
        // Branch and enterprise points in a period (eligibility facts, candidates): one range of an index each.
        table.Indexes.Add(new IndexDefinition("ix_points_ledger_entry_branch_month") { Columns = ["branch_id", "month"] });
        table.Indexes.Add(new IndexDefinition("ix_points_ledger_entry_enterprise_month") { Columns = ["enterprise_id", "month"] });
        return table;
    }

    /// <summary>The entry on the reader's row, selected as <see cref="Columns"/>.</summary>
    public static LedgerEntry Read(NpgsqlDataReader row)
    {
        string? Text(int i) => row.IsDBNull(i) ? null : row.GetString(i);
        return new LedgerEntry(
            row.GetString(0), row.GetGuid(1), Enum.Parse<SourceKind>(row.GetString(2)), row.GetGuid(3), row.GetInt32(4),
            row.GetString(5), row.GetString(6), row.IsDBNull(7) ? null : row.GetGuid(7), row.GetGuid(8),
            row.GetFieldValue<DateTimeOffset>(9), row.GetFieldValue<DateTimeOffset>(10), Text(11), row.GetString(12), Text(13),
            Text(14) is { } rule ? new AppliedRule(rule, row.GetString(15)) : null,
            Text(16) is { } cap ? new AwardCap(cap, row.GetInt32(17), Enum.Parse<CapPeriod>(row.GetString(18))) : null,
            row.IsDBNull(19) ? null : row.GetFieldValue<string[]>(19), Text(20));
    }
}
