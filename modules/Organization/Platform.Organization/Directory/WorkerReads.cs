using System.Threading.Channels;
using Marten;
using Platform.Organization.Workers;

namespace Platform.Organization.Directory;

/// <summary>
/// Reads of workers by id, gathered from concurrent callers into one query. Every award asks the
/// registry for its worker (the branch and enterprises it counts for), so under single submissions
/// a round trip per award was one of the host's largest costs. A read waits only while another is
/// in flight; alone, it goes at once. Each read is made after its caller asked, so it sees every
/// change committed before: as fresh as a query of its own.
/// </summary>
internal sealed class WorkerReads : IAsyncDisposable
{
    // One read in flight while the next gathers; more would only queue at the database.
    private const int Readers = 2;
    private const int MaxIds = 5_000;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly IDocumentStore _store;
    private readonly Lazy<Task> _readers;

    public WorkerReads(IDocumentStore store)
    {
        _store = store;
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
                await using var session = _store.QuerySession();
                var workers = (await session.LoadManyAsync<Worker>(ids)).ToDictionary(w => w.Id);
                foreach (var pending in batch) pending.Done.TrySetResult(workers);
            }
            catch (Exception e)
            {
                foreach (var pending in batch) pending.Done.TrySetException(e);
            }
            batch.Clear();
        }
    }

    private sealed record Pending(IReadOnlyCollection<Guid> Ids, TaskCompletionSource<IReadOnlyDictionary<Guid, Worker>> Done);
}
