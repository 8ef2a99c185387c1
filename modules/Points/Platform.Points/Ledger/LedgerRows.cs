using System.Security.Cryptography;
using JasperFx;
using Marten;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// A batch's ledger events and entries, written by two set-based statements in the batch's own
/// transaction. Marten's quick append calls a function once per stream (a worker's ledger), and
/// its unit of work inserts each entry by a statement of its own: with a batch naming a thousand
/// workers that was two thousand statements, the largest cost of a commit in PostgreSQL and a
/// large one in the host. The rows are the ones Marten writes, so Marten reads them as its own:
/// the stream's version is advanced in the same statement that inserts its events, and event
/// sequence numbers follow the batch's order. It writes what Marten would for this store: one
/// tenant, Guid stream ids, ledger streams never archived (docs/ledger.md).
/// </summary>
internal sealed class LedgerRows
{
    private readonly ISerializer _serializer;
    private readonly string _appendEvents;
    private readonly string _insertEntries;
    private readonly Marten.Events.EventGraph _events;

    public LedgerRows(IDocumentStore store)
    {
        _events = EventStoreOptions.Of(store);
        _serializer = store.Options.Serializer();
        var schema = _events.DatabaseSchemaName;
        var tenant = StorageConstants.DefaultTenantId;
        // Versions: the stream's row is advanced by the batch's count, and each event takes its
        // place below the new version in the batch's order. Streams are locked in id order, so two
        // batches naming the same workers wait for each other instead of deadlocking.
        _appendEvents = $"""
            with batch as (
              select b.stream, b.id, b.type, b.dotnet_type, b.body, b.headers, b.user_name, b.n
              from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   with ordinality as b(stream, id, type, dotnet_type, body, headers, user_name, n)),
            streams as (
              insert into {schema}.mt_streams as s (id, type, version, timestamp, tenant_id)
              select stream, null, count(*), now(), '{tenant}' from batch group by stream order by stream
              on conflict (id) do update set version = s.version + excluded.version, timestamp = now()
              returning s.id, s.version)
            insert into {schema}.mt_events
              (seq_id, id, stream_id, version, data, type, tenant_id, timestamp, mt_dotnet_type, is_archived, headers, user_name)
            select nextval('{schema}.mt_events_sequence'), e.*
            from (select b.id, b.stream,
                         s.version - count(*) over (partition by b.stream) + row_number() over (partition by b.stream order by b.n),
                         b.body::jsonb, b.type, '{tenant}', now(), b.dotnet_type, false, b.headers::jsonb, b.user_name
                  from batch b join streams s on s.id = b.stream
                  order by b.n) as e
            """;
        var entries = store.Options.FindOrResolveDocumentType(typeof(LedgerEntry)).TableName.QualifiedName;
        _insertEntries = $"""
            insert into {entries} (id, data, mt_version, mt_dotnet_type, mt_last_modified)
            select e.id, e.data::jsonb, gen_random_uuid(), '{typeof(LedgerEntry).FullName}', transaction_timestamp()
            from unnest(?::text[], ?::text[]) as e(id, data)
            """;
    }

    /// <summary>Queues the batch's events and entries; the session's commit writes them.</summary>
    public void Queue(IDocumentSession session, IReadOnlyList<LedgerWrite> writes)
    {
        if (writes.Count == 0) return;
        var streams = new Guid[writes.Count];
        var ids = EventIds(writes.Count);
        var types = new string[writes.Count];
        var dotnetTypes = new string[writes.Count];
        var bodies = new string[writes.Count];
        var headers = new string[writes.Count];
        var users = new string?[writes.Count];
        var keys = new string[writes.Count];
        var entries = new string[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            var (entry, @event) = (writes[i].Entry, writes[i].Event);
            streams[i] = LedgerStream.For(entry.WorkerId);
            var mapping = _events.EventMappingFor(@event.GetType());
            (types[i], dotnetTypes[i]) = (mapping.EventTypeName, mapping.DotNetTypeName);
            bodies[i] = _serializer.ToJson(@event);
            // Who and why per event: one transaction carries many people's changes.
            headers[i] = _serializer.ToJson(new Dictionary<string, object> { ["reason"] = entry.Reason });
            users[i] = entry.By;
            keys[i] = entry.Id;
            entries[i] = _serializer.ToJson(entry);
        }
        session.QueueSqlCommand(_appendEvents, streams, ids, types, dotnetTypes, bodies, headers, users);
        session.QueueSqlCommand(_insertEntries, keys, entries);
    }

    /// <summary>
    /// Time-ordered ids (version 7) for a batch's events from one fill of random bytes.
    /// <c>Guid.CreateVersion7</c> reads the kernel's randomness for every id (a system call), about
    /// 1 % of the host's time under batch intake.
    /// </summary>
    internal static Guid[] EventIds(int count)
    {
        var bytes = new byte[count * 16];
        RandomNumberGenerator.Fill(bytes);
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            var id = bytes.AsSpan(i * 16, 16);
            for (var b = 0; b < 6; b++) id[b] = (byte)(milliseconds >> (40 - (8 * b)));
            id[6] = (byte)(0x70 | (id[6] & 0x0F));
            id[8] = (byte)(0x80 | (id[8] & 0x3F));
            ids[i] = new Guid(id, bigEndian: true);
        }
        return ids;
    }
}
