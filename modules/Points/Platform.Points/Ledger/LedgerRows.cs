using System.Security.Cryptography;
using JasperFx;
using Marten;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// A batch's ledger events and entries, written by one set-based statement in the batch's own
/// transaction. Marten's quick append calls a function once per stream (a worker's ledger), and
/// its unit of work inserts each document by a statement of its own: with a batch naming a thousand
/// workers that was two thousand statements, the largest cost of a commit in PostgreSQL and a
/// large one in the host. The events are the rows Marten writes, so Marten reads them as its own:
/// the stream's version is advanced in the same statement that inserts its events, and event
/// sequence numbers follow the batch's order. It writes what Marten would for this store: one
/// tenant, Guid stream ids, ledger streams never archived (docs/ledger.md).
/// </summary>
internal sealed class LedgerRows
{
    private readonly string _append;
    private readonly Marten.Events.EventGraph _events;

    public LedgerRows(IDocumentStore store)
    {
        _events = EventStoreOptions.Of(store);
        var schema = _events.DatabaseSchemaName;
        var tenant = StorageConstants.DefaultTenantId;
        // Versions: the stream's row is advanced by the batch's count, and each event takes its
        // place below the new version in the batch's order. Each event's place in its stream and
        // its stream's count in the batch come from the host, which has them in hand: window
        // functions over the batch's rows took about a tenth of the statement's time. Streams are
        // locked in id order, so two batches naming the same workers wait for each other instead
        // of deadlocking.
        // The entries are inserted by the same statement, joined to their events' rows for the
        // sequence each event was given.
        var entries = new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified;
        _append = $"""
            with batch as (
              select b.stream, b.id, b.type, b.dotnet_type, b.body, b.headers, b.user_name, b.place, b.count, b.n
              from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::bytea[], ?::bytea[], ?::text[], ?::int[], ?::int[])
                   with ordinality as b(stream, id, type, dotnet_type, body, headers, user_name, place, count, n)),
            streams as (
              insert into {schema}.mt_streams as s (id, type, version, timestamp, tenant_id)
              select stream, null, count, now(), '{tenant}' from batch where place = 1 order by stream
              on conflict (id) do update set version = s.version + excluded.version, timestamp = now()
              returning s.id, s.version),
            events as (
              insert into {schema}.mt_events
                (seq_id, id, stream_id, version, data, type, tenant_id, timestamp, mt_dotnet_type, is_archived, headers, user_name)
              select nextval('{schema}.mt_events_sequence'), e.*
              from (select b.id, b.stream,
                           s.version - b.count + b.place,
                           convert_from(b.body, 'UTF8')::jsonb, b.type, '{tenant}', now(), b.dotnet_type, false,
                           convert_from(b.headers, 'UTF8')::jsonb, b.user_name
                    from batch b join streams s on s.id = b.stream
                    order by b.n) as e
              returning seq_id, id)
            insert into {entries} (key, seq, {LedgerEntryTable.Values})
            select x.key, e.seq_id, x.worker_id, x.kind, x.source_id, x.points, x.reason, x.category, x.enterprise_id, x.branch_id,
                   x.occurred_at, x.awarded_at, x.by, x.month, x.reversal_of, x.rule_id, x.rule_version, x.cap_key, x.cap_limit,
                   x.cap_period, string_to_array(x.flags, chr({(int)LedgerEntryTable.FlagSeparator})), x.cap_slot
            from unnest(?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::uuid[], ?::int[], ?::text[], ?::text[], ?::uuid[], ?::uuid[],
                        ?::timestamptz[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[],
                        ?::text[], ?::text[], ?::text[])
                 as x(event_id, key, worker_id, kind, source_id, points, reason, category, enterprise_id, branch_id,
                      occurred_at, awarded_at, by, month, reversal_of, rule_id, rule_version, cap_key, cap_limit,
                      cap_period, flags, cap_slot)
            join events e on e.id = x.event_id
            """;
    }

    /// <summary>
    /// Queues the batch's events and entries; the session's commit writes them. <paramref name="streams"/>
    /// holds each worker's ledger stream (<see cref="LedgerStream.ForWorkers"/>).
    /// </summary>
    public void Queue(IDocumentSession session, IReadOnlyList<LedgerWrite> writes, IReadOnlyDictionary<Guid, Guid> streams)
    {
        if (writes.Count == 0) return;
        var n = writes.Count;
        var streamIds = new Guid[n];
        var ids = EventIds(n);
        var types = new string[n];
        var dotnetTypes = new string[n];
        var bodies = new byte[n][];
        var headers = new byte[n][];
        var json = new LedgerJson();
        var users = new string?[n];
        var places = new int[n];
        var counts = new int[n];
        var perStream = new Dictionary<Guid, int>();
        var entries = new EntryColumns(n);
        for (var i = 0; i < n; i++)
        {
            var (entry, @event) = (writes[i].Entry, writes[i].Event);
            streamIds[i] = streams[entry.WorkerId];
            places[i] = perStream[streamIds[i]] = perStream.GetValueOrDefault(streamIds[i]) + 1;
            var mapping = _events.EventMappingFor(@event.GetType());
            (types[i], dotnetTypes[i]) = (mapping.EventTypeName, mapping.DotNetTypeName);
            bodies[i] = json.Body(@event);
            // Who and why per event: one transaction carries many people's changes.
            headers[i] = json.ReasonHeader(entry.Reason);
            users[i] = entry.By;
            entries.Set(i, entry);
        }
        for (var i = 0; i < n; i++) counts[i] = perStream[streamIds[i]];
        QueuedStatement.Queue(session, _append, [streamIds, ids, types, dotnetTypes, bodies, headers, users, places, counts, ids, .. entries.Arrays()]);
    }

    /// <summary>The entries' columns as arrays, one element per entry, in <see cref="LedgerEntryTable.Columns"/>' order.</summary>
    private sealed class EntryColumns(int n)
    {
        private readonly string[] _keys = new string[n], _kinds = new string[n], _reasons = new string[n], _categories = new string[n], _months = new string[n];
        private readonly Guid[] _workers = new Guid[n], _sources = new Guid[n], _branches = new Guid[n];
        private readonly Guid?[] _enterprises = new Guid?[n];
        private readonly int[] _points = new int[n];
        private readonly int?[] _capLimits = new int?[n];
        private readonly DateTimeOffset[] _occurred = new DateTimeOffset[n], _awarded = new DateTimeOffset[n];
        private readonly string?[] _by = new string?[n], _reversalOf = new string?[n], _ruleIds = new string?[n], _ruleVersions = new string?[n],
            _capKeys = new string?[n], _capPeriods = new string?[n], _flags = new string?[n], _capSlots = new string?[n];

        public void Set(int i, LedgerEntry e)
        {
            (_keys[i], _workers[i], _kinds[i], _sources[i], _points[i]) = (e.Id, e.WorkerId, e.Kind.ToString(), e.SourceId, e.Points);
            (_reasons[i], _categories[i], _enterprises[i], _branches[i]) = (e.Reason, e.Category, e.EnterpriseId, e.BranchId);
            // Already UTC to the microsecond (LedgerEntry.Instant), as timestamptz keeps them.
            (_occurred[i], _awarded[i], _by[i], _months[i], _reversalOf[i]) = (e.OccurredAt, e.AwardedAt, e.By, e.Month, e.ReversalOf);
            (_ruleIds[i], _ruleVersions[i]) = (e.Rule?.RuleId, e.Rule?.Version);
            (_capKeys[i], _capLimits[i], _capPeriods[i]) = (e.Cap?.Key, e.Cap?.Limit, e.Cap?.Period.ToString());
            (_flags[i], _capSlots[i]) = (e.Flags is null ? null : string.Join(LedgerEntryTable.FlagSeparator, e.Flags), e.CapSlot);
        }

        public object[] Arrays() =>
        [
            _keys, _workers, _kinds, _sources, _points, _reasons, _categories, _enterprises, _branches, _occurred, _awarded,
            _by, _months, _reversalOf, _ruleIds, _ruleVersions, _capKeys, _capLimits, _capPeriods, _flags, _capSlots,
        ];
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
