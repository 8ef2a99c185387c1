using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Marten;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// The balances (<see cref="PointsAccount"/>) of a batch's workers, changed in the batch's own
/// transaction by one statement that adds the batch to what is stored. Nothing is read first: the
/// inline projection this replaces loaded every worker's account in every batch, the largest cost
/// of a commit after the appends. Adding instead of overwriting also keeps two batches that name one
/// worker (another silo, an activation being moved) from losing either's points.
/// </summary>
/// <remarks>
/// A stored account is changed by an update, and only an account the update did not find is
/// inserted: an account another batch inserts meanwhile is added to by the insert's conflict
/// clause. The update locks accounts in no set order, but it runs after the batch's ledger
/// statement, which has locked the same workers' streams in id order (<see cref="LedgerRows"/>),
/// so two batches naming one worker wait for each other there.
/// A worker's awards in one batch nearly always share one category and one month; the update then
/// sets those two counts in place (<c>jsonb_set</c>), which costs PostgreSQL about half of walking
/// the change's keys and aggregating them into a new object, as it still does for a change of
/// several categories or months (docs/profiling.md, eighteenth pass).
/// </remarks>
internal sealed class AccountDeltas(string table)
{
    private readonly string _upsert = $"""
        with d as (
          select * from unnest(?::uuid[], ?::uuid[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[])
                        as d(id, worker_id, points, entries, category, month, by_category, by_month)),
        updated as (
          update {table} as a set
            data = jsonb_set(jsonb_set(
                     a.data || jsonb_build_object('balance', (a.data ->> 'balance')::int + d.points,
                                                  'entries', (a.data ->> 'entries')::int + d.entries),
                     array['byCategory'], {Added("coalesce(a.data -> 'byCategory', '{}')", "d.category", "d.by_category::jsonb", "d.points")}),
                     array['byMonth'], {Added("coalesce(a.data -> 'byMonth', '{}')", "d.month", "d.by_month::jsonb", "d.points")}),
            mt_version = a.mt_version + d.entries,
            mt_last_modified = transaction_timestamp()
          from d where a.id = d.id
          returning a.id)
        insert into {table} as a (id, data, mt_version, mt_dotnet_type, mt_last_modified)
        select d.id,
               jsonb_build_object('id', d.id, 'workerId', d.worker_id, 'balance', d.points, 'entries', d.entries,
                                  'byCategory', d.by_category::jsonb, 'byMonth', d.by_month::jsonb),
               d.entries, '{typeof(PointsAccount).FullName}', transaction_timestamp()
        from d where not exists (select 1 from updated u where u.id = d.id)
        order by d.id
        on conflict (id) do update set
          data = jsonb_build_object(
            'id', a.data -> 'id', 'workerId', a.data -> 'workerId',
            'balance', (a.data ->> 'balance')::int + (excluded.data ->> 'balance')::int,
            'entries', (a.data ->> 'entries')::int + (excluded.data ->> 'entries')::int,
            'byCategory', {Sum("a.data -> 'byCategory'", "excluded.data -> 'byCategory'")},
            'byMonth', {Sum("a.data -> 'byMonth'", "excluded.data -> 'byMonth'")}),
          mt_version = a.mt_version + excluded.mt_version,
          mt_last_modified = transaction_timestamp()
        """;

    /// <summary>
    /// Queues the change of every account the entries touch; the session's commit applies it.
    /// <paramref name="streams"/> holds each worker's ledger stream, the id of their account.
    /// </summary>
    public void Queue(IDocumentSession session, IEnumerable<LedgerEntry> entries, IReadOnlyDictionary<Guid, Guid> streams)
    {
        var accounts = new SortedDictionary<Guid, Delta>();
        foreach (var entry in entries)
        {
            var id = streams[entry.WorkerId];
            if (!accounts.TryGetValue(id, out var delta)) accounts[id] = delta = new Delta(entry.WorkerId);
            delta.Add(entry);
        }
        if (accounts.Count == 0) return;
        QueuedStatement.Queue(session, _upsert,
            accounts.Keys.ToArray(), accounts.Values.Select(d => d.WorkerId).ToArray(),
            accounts.Values.Select(d => d.Points).ToArray(), accounts.Values.Select(d => d.Entries).ToArray(),
            accounts.Values.Select(d => d.ByCategory.OnlyKey).ToArray(), accounts.Values.Select(d => d.ByMonth.OnlyKey).ToArray(),
            accounts.Values.Select(d => d.ByCategory.ToJson()).ToArray(),
            accounts.Values.Select(d => d.ByMonth.ToJson()).ToArray());
    }

    /// <summary>
    /// The stored counts (<paramref name="stored"/>) with a change added: in place when the change
    /// has one key (<paramref name="onlyKey"/>, which then holds all of <paramref name="points"/>),
    /// otherwise key by key from the change's object (<paramref name="change"/>).
    /// </summary>
    private static string Added(string stored, string onlyKey, string change, string points) => $"""
        case when {onlyKey} is not null
             then jsonb_set({stored}, array[{onlyKey}], to_jsonb(coalesce(({stored} ->> {onlyKey})::int, 0) + {points}))
             else {Sum(stored, change)} end
        """;

    /// <summary>
    /// Two count objects added key by key: <c>{"a":1,"c":4}</c> and <c>{"a":2,"b":1}</c> give
    /// <c>{"a":3,"b":1,"c":4}</c>. Only the change's keys are walked (usually one category and one
    /// month), not the stored object, which grows with every month of history.
    /// </summary>
    private static string Sum(string stored, string change) => $$"""
        ({{stored}} || (select coalesce(jsonb_object_agg(key, coalesce(({{stored}} ->> key)::int, 0) + value::int), '{}')
                       from jsonb_each_text({{change}})))
        """;

    private sealed class Delta(Guid workerId)
    {
        public Guid WorkerId { get; } = workerId;
        public int Points { get; private set; }
        public int Entries { get; private set; }
        public Counts ByCategory { get; } = new();
        public Counts ByMonth { get; } = new();

        // A reversal's entry carries the negative points.
        public void Add(LedgerEntry entry)
        {
            Points += entry.Points;
            Entries++;
            ByCategory.Add(entry.Category, entry.Points);
            ByMonth.Add(entry.Month, entry.Points);
        }
    }

    /// <summary>
    /// Points by key (a category or a month), written as the JSON object the upsert adds. A worker's
    /// awards in one batch nearly always share a category and a month, so one key is kept without a
    /// dictionary, and its JSON is its key's opening (kept once per key) and the points: batch intake
    /// made two dictionaries and serialised them for every award (docs/profiling.md, fifteenth pass).
    /// </summary>
    internal sealed class Counts
    {
        // Categories come from the point rules and months from the calendar: a few dozen keys a year.
        private static readonly ConcurrentDictionary<string, string> Openings = new(StringComparer.Ordinal);

        private string? _key;
        private int _points;
        private Dictionary<string, int>? _many;

        public void Add(string key, int points)
        {
            if (_many is not null) _many[key] = _many.GetValueOrDefault(key) + points;
            else if (_key is null || _key == key) (_key, _points) = (key, _points + points);
            else _many = new(StringComparer.Ordinal) { [_key] = _points, [key] = points };
        }

        /// <summary>The one key counted, or null when there are several (or none).</summary>
        public string? OnlyKey => _many is null ? _key : null;

        public string ToJson() =>
            _many is not null ? JsonSerializer.Serialize(_many)
            : _key is null ? "{}"
            : string.Concat(Openings.GetOrAdd(_key, static key => "{" + JsonSerializer.Serialize(key) + ":"), _points.ToString(CultureInfo.InvariantCulture), "}");
    }
}
