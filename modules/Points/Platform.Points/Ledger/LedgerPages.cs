using Marten;
using Npgsql;
using Platform.Points.Contracts;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// Reads the ledger in sequence order for its followers, from the entries' typed columns: the
/// followers need only who, how many points, where and in which month, and reading the events
/// themselves cost PostgreSQL a JSON-to-text per row and the host its deserialising (about an
/// eighth of a batch award, docs/profiling.md, eleventh pass). Sequences are taken before their
/// transactions commit, so a reader must not pass one still committing: pages stop at the async
/// daemon's high-water mark, below which every event has committed or never will.
/// </summary>
internal sealed class LedgerPages(IDocumentStore store)
{
    /// <summary>Marten's name for the high-water mark's row among the positions.</summary>
    public const string HighWaterMark = "HighWaterMark";

    private readonly string _progression = $"{store.Options.Events.DatabaseSchemaName}.mt_event_progression";
    private readonly string _events = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
    private readonly string _entries = new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified;

    /// <summary>A connection to the ledger's database, for the reads below (each runs on its caller's).</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Where the followers stand, how far the ledger may be read, and its last sequence so far.</summary>
    public async Task<LedgerBounds> BoundsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = PositionalCommand.For(connection, null, $"""
            select coalesce((select last_seq_id from {_progression} where name = $1), 0),
                   (select last_seq_id from {_progression} where name = $2),
                   coalesce((select last_seq_id from {_progression} where name = $3), 0),
                   coalesce((select max(seq_id) from {_events}), 0)
            """, LedgerTail.PositionName, LedgerTail.WrittenName, HighWaterMark);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var applied = reader.GetInt64(0);
        var written = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
        return new LedgerBounds(applied, Math.Min(applied, written), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>
    /// Records the written position where there is none yet, at the applied one: a database whose
    /// followers wrote as they applied (before 2026-12-01), or a new one (both at zero). Never moves
    /// one that exists.
    /// </summary>
    public async Task StartWrittenAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = PositionalCommand.For(connection, null, $"""
            insert into {_progression} (name, last_seq_id, last_updated)
            select $1, coalesce((select last_seq_id from {_progression} where name = $2), 0), transaction_timestamp()
            on conflict (name) do nothing
            """, LedgerTail.WrittenName, LedgerTail.PositionName);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The page after <paramref name="floor"/>: at most <paramref name="size"/> changes, none past <paramref name="highWaterMark"/>.</summary>
    public async Task<ChangePage> ReadAsync(NpgsqlConnection connection, long floor, long highWaterMark, int size, CancellationToken cancellationToken)
    {
        await using var command = PositionalCommand.For(connection, null, $"""
            select seq, worker_id, kind, source_id, points, category, branch_id, enterprise_id, month, reversal_of is not null
            from {_entries} where seq > $1 and seq <= $2 order by seq limit $3
            """, floor, highWaterMark, size);
        var changes = new List<LedgerChange>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) changes.Add(Read(reader));
        }
        // A full page ends at its last change: more may follow below the mark.
        var full = changes.Count == size;
        return new ChangePage(changes, floor, full ? changes[^1].Sequence : highWaterMark, full);
    }

    /// <summary>Records one of the followers' positions; never moves it back (a host that lost its turn may still finish a page).</summary>
    public async Task MoveToAsync(NpgsqlConnection connection, string position, long sequence, CancellationToken cancellationToken)
    {
        await using var command = PositionalCommand.For(connection, null, $"""
            insert into {_progression} as p (name, last_seq_id, last_updated) values ($1, $2, transaction_timestamp())
            on conflict (name) do update set last_seq_id = greatest(p.last_seq_id, excluded.last_seq_id), last_updated = excluded.last_updated
            """, position, sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static LedgerChange Read(NpgsqlDataReader row) => new(
        row.GetInt64(0), row.GetGuid(1), Enum.Parse<SourceKind>(row.GetString(2)), row.GetGuid(3), row.GetInt32(4), row.GetString(5),
        row.GetGuid(6), row.IsDBNull(7) ? null : row.GetGuid(7), row.GetString(8), row.GetBoolean(9));
}

/// <summary>
/// Where the ledger's followers stand: <paramref name="Applied"/> what they have applied (the
/// boards and totals show it), <paramref name="Written"/> what is durable (never past Applied; zero
/// until a tail has recorded it);
/// <paramref name="HighWaterMark"/> how far pages may be read, <paramref name="LastSequence"/> the
/// last event committed so far.
/// </summary>
internal sealed record LedgerBounds(long Applied, long Written, long HighWaterMark, long LastSequence);
