using Marten;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// Moves the entries of a database from before 2026-11-29, kept as Marten documents, into
/// <see cref="LedgerEntryTable"/>, each with its event's sequence, and drops the documents' table:
/// once, before the ledger takes writes. Hosts starting together take turns on an advisory lock;
/// the later ones find nothing to move.
/// </summary>
internal sealed class LedgerEntryUpgrade(IDocumentStore store, ProgrammeCalendar calendar)
{
    public const string RetiredName = "mt_doc_ledgerentry";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var retired = await RetiredTable.TakeTurnAsync(store, RetiredName, cancellationToken);
        if (retired is null) return;
        await using (var move = PositionalCommand.For(retired.Connection, retired.Transaction,
                         MoveSql(retired.Name, new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified, store.Options.Events.DatabaseSchemaName),
                         [LedgerEvents.TypeNames(store), calendar.TimeZoneId]))
        {
            // A ledger of millions of entries moves in one statement; it may take minutes.
            move.CommandTimeout = 0;
            await move.ExecuteNonQueryAsync(cancellationToken);
        }
        await retired.DropAsync(cancellationToken);
    }

    /// <summary>
    /// The documents' JSON (camelCase, enums as names) to the table's columns; $1 the ledger's event
    /// types, $2 the programme's time zone. An entry without an event keeps sequence 0; one written
    /// before entries kept their programme month (2026-11-27) is given the month it happened in.
    /// </summary>
    public static string MoveSql(string documents, string entries, string eventsSchema) => $"""
        insert into {entries} (key, seq, {LedgerEntryTable.Values})
        select d.id, coalesce(e.seq_id, 0), (d.data->>'workerId')::uuid, d.data->>'kind', (d.data->>'sourceId')::uuid,
               (d.data->>'points')::int, d.data->>'reason', d.data->>'category', (d.data->>'enterpriseId')::uuid,
               (d.data->>'branchId')::uuid, (d.data->>'occurredAt')::timestamptz, (d.data->>'awardedAt')::timestamptz,
               d.data->>'by', coalesce(d.data->>'month', to_char((d.data->>'occurredAt')::timestamptz at time zone $2, 'YYYY-MM')),
               d.data->>'reversalOf', d.data->'rule'->>'ruleId', d.data->'rule'->>'version',
               d.data->'cap'->>'key', (d.data->'cap'->>'limit')::int, d.data->'cap'->>'period',
               case when jsonb_typeof(d.data->'flags') = 'array' then array(select jsonb_array_elements_text(d.data->'flags')) end,
               d.data->>'capSlot'
        from {documents} d
        left join {eventsSchema}.mt_events e on e.data->>'sourceKey' = d.id and e.type = any($1)
        on conflict (key) do nothing
        """;
}
