using System.Collections.Concurrent;
using Platform.Organization.Workers;

namespace Platform.Organization.Directory;

/// <summary>
/// The worker documents this process has read, each with the version and modification time it was
/// read at (<see cref="WorkerReads"/> asks PostgreSQL whether they still hold). Bounded: when full,
/// it forgets about a tenth of what it holds, in no particular order, and those are read again.
/// </summary>
internal sealed class RememberedWorkers(int capacity)
{
    /// <summary>A large city's workers on one host; each document is some hundreds of bytes in memory.</summary>
    public const int DefaultCapacity = 200_000;

    private readonly ConcurrentDictionary<Guid, Remembered> _workers = new();

    public Remembered? Find(Guid id) => _workers.GetValueOrDefault(id);

    public Worker Remember(Worker worker, long version, DateTime modified)
    {
        if (_workers.Count >= capacity) Forget(Math.Max(1, capacity / 10));
        _workers[worker.Id] = new Remembered(worker, version, modified);
        return worker;
    }

    private void Forget(int count)
    {
        foreach (var id in _workers.Keys.Take(count)) _workers.TryRemove(id, out _);
    }

    internal sealed record Remembered(Worker Worker, long Version, DateTime Modified);
}
