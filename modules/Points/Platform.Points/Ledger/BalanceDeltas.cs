using Marten;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// The balances of a batch's workers (<see cref="BalanceTable"/>), changed in the batch's own
/// transaction by one statement that adds the batch's points and entries per worker, month and
/// category to what is stored. Nothing is read first, and two batches that name one worker (another
/// silo, an activation being moved) both count: a row another batch inserts meanwhile is added to
/// by the conflict clause. Its rows are locked in no set order, but the batch's ledger statement has
/// already locked the same workers' streams in id order (<see cref="LedgerRows"/>), so two batches
/// naming one worker wait for each other there.
/// </summary>
internal sealed class BalanceDeltas(string table)
{
    private readonly string _upsert = $"""
        insert into {table} as b (worker_id, month, category, points, entries)
        select * from unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::int[])
        on conflict (worker_id, month, category) do update set points = b.points + excluded.points, entries = b.entries + excluded.entries
        """;

    /// <summary>Queues the change of every balance row the entries touch; the session's commit applies it.</summary>
    public void Queue(IDocumentSession session, IEnumerable<LedgerEntry> entries)
    {
        // A worker's awards in one batch nearly always share one month and one category: one row each.
        var rows = new Dictionary<(Guid Worker, string Month, string Category), (int Points, int Entries)>();
        foreach (var entry in entries)
        {
            var key = (entry.WorkerId, entry.Month, entry.Category);
            var (points, count) = rows.GetValueOrDefault(key);
            // A reversal's entry carries the negative points.
            rows[key] = (points + entry.Points, count + 1);
        }
        if (rows.Count == 0) return;
        var (workers, months, categories, sums, counts) = (new Guid[rows.Count], new string[rows.Count], new string[rows.Count], new int[rows.Count], new int[rows.Count]);
        var i = 0;
        foreach (var ((worker, month, category), (points, count)) in rows)
        {
            (workers[i], months[i], categories[i], sums[i], counts[i]) = (worker, month, category, points, count);
            i++;
        }
        QueuedStatement.Queue(session, _upsert, workers, months, categories, sums, counts);
    }
}
