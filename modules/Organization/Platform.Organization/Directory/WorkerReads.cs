using System.Threading.Channels;
using Marten;
using Npgsql;
using Platform.Organization.Workers;

namespace Platform.Organization.Directory;

/// <summary>
/// Reads of workers by id, gathered from concurrent callers into one query. Every award asks the
/// registry for its worker (the branch and enterprises it counts for), so under single submissions
/// a round trip per award was one of the host's largest costs. A read waits only while another is
/// in flight; alone, it goes at once. Each read is made after its caller asked, so it sees every
/// change committed before: as fresh as a query of its own.
/// </summary>
/// <remarks>
/// The documents already read are remembered (<see cref="RememberedWorkers"/>). A read asks
/// PostgreSQL for the workers' versions, and for the documents only of those it does not remember
/// at that version. A worker changes seldom and is read with every award, so most reads now carry
/// ids and versions instead of a JSON document each, which PostgreSQL had to render and the host
/// to parse.
/// </remarks>
internal sealed class WorkerReads : IAsyncDisposable
{
    // One read in flight while the next gathers; more would only queue at the database.
    private const int Readers = 2;
    private const int MaxIds = 5_000;
    // PostgreSQL prices a generic plan of `= any($1)` for ten elements. A read of fewer ids is priced
    // cheaper by a plan of its own, so it was planned afresh at every call (about a tenth of a
    // millisecond under load). Repeating an id up to ten costs nothing to run (the index scan drops
    // repeated keys) and lets each connection's automatically prepared statement keep one plan.
    private const int PlannedIds = 10;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly IDocumentStore _store;
    private readonly Lazy<Task> _readers;
    private readonly RememberedWorkers _remembered;
    private readonly ISerializer _serializer;
    private readonly string _versions;
    private readonly string _documents;

    public WorkerReads(IDocumentStore store)
        : this(store, RememberedWorkers.DefaultCapacity)
    {
    }

    internal WorkerReads(IDocumentStore store, int remembered)
    {
        _store = store;
        _remembered = new RememberedWorkers(remembered);
        _serializer = store.Options.Serializer();
        var table = store.Options.FindOrResolveDocumentType(typeof(Worker)).TableName.QualifiedName;
        // The version and the last change together: a document written again at the same stream
        // version (a projection rebuilt) has a new modification time. Two plain reads by the key,
        // not one that matches the ids with their remembered versions in SQL: PostgreSQL planned
        // that join afresh for every read (about a millisecond each), more than it saved.
        _versions = $"select id, mt_version, mt_last_modified from {table} where id = any($1)";
        _documents = $"select id, mt_version, mt_last_modified, data from {table} where id = any($1)";
        _readers = new Lazy<Task>(() => Task.WhenAll(Enumerable.Range(0, Readers).Select(_ => Task.Run(DrainAsync))));
    }

    public Task<IReadOnlyDictionary<Guid, Worker>> ReadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        _ = _readers.Value;
        var pending = new Pending(ids, new TaskCompletionSource<IReadOnlyDictionary<Guid, Worker>>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(WorkerReads), "The registry is shutting down.");
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_readers.IsValueCreated) await _readers.Value;
    }

    private async Task DrainAsync()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            var ids = new HashSet<Guid>();
            while (ids.Count < MaxIds && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                ids.UnionWith(next.Ids);
            }
            if (batch.Count == 0) continue;
            try
            {
                var workers = await ReadAsync(ids);
                foreach (var pending in batch) pending.Done.TrySetResult(workers);
            }
            catch (Exception e)
            {
                foreach (var pending in batch) pending.Done.TrySetException(e);
            }
            batch.Clear();
        }
    }

    private async Task<IReadOnlyDictionary<Guid, Worker>> ReadAsync(HashSet<Guid> ids)
    {
        await using var connection = _store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        var workers = new Dictionary<Guid, Worker>(ids.Count);
        var changed = new List<Guid>();
        await using (var versions = new NpgsqlCommand(_versions, connection) { Parameters = { new() { Value = Padded(ids) } } })
        await using (var reader = await versions.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var id = reader.GetGuid(0);
                // Compared and taken in one step: forgetting it later cannot lose this answer.
                if (_remembered.Find(id) is { } known && known.Version == reader.GetInt64(1) && known.Modified == reader.GetDateTime(2))
                    workers[id] = known.Worker;
                else changed.Add(id);
            }
        }
        if (changed.Count == 0) return workers;

        await using var documents = new NpgsqlCommand(_documents, connection) { Parameters = { new() { Value = Padded(changed) } } };
        await using var rows = await documents.ExecuteReaderAsync();
        while (await rows.ReadAsync())
            workers[rows.GetGuid(0)] = _remembered.Remember(_serializer.FromJson<Worker>(rows, 3), rows.GetInt64(1), rows.GetDateTime(2));
        return workers;
    }

    private static Guid[] Padded(IReadOnlyCollection<Guid> ids)
    {
        var padded = new Guid[Math.Max(ids.Count, PlannedIds)];
        var i = 0;
        foreach (var id in ids) padded[i++] = id;
        if (i > 0) Array.Fill(padded, padded[0], i, padded.Length - i);
        return padded;
    }

    private sealed record Pending(IReadOnlyCollection<Guid> Ids, TaskCompletionSource<IReadOnlyDictionary<Guid, Worker>> Done);
}
