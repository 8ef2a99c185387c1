using GraphQL.DataLoader;
using Platform.Points.Ledger;

namespace Platform.Points.GraphQL;

/// <summary>
/// What the ledger holds for a source, read from the ledger itself: the entry stored under the
/// source key plus its reversal, if any. A source's own record (grid task, report, attendance)
/// keeps what its decision gave; a cap, an overturn or a late award by a backstop is seen only
/// here, so every source shows the ledger's points the same way, whoever wrote them.
/// One per request (scoped): each <see cref="Load"/> queues a key and the first result asked for
/// fetches every queued key, award and reversal, in one query. GraphQL.NET resolves data-loader
/// results after the other pending fields, so a page's keys are all queued by then.
/// </summary>
internal sealed class RecordedPointsLoader(LedgerEntries ledger)
{
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _loaded = new(StringComparer.Ordinal);
    // The parallel execution strategy may ask for two results at once: one fetch at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The net points under <paramref name="sourceKey"/>, or null when the ledger has no entry for it.</summary>
    public IDataLoaderResult<int?> Load(string sourceKey)
    {
        lock (_queued)
        {
            if (!_loaded.ContainsKey(sourceKey)) _queued.Add(sourceKey);
        }
        return new Pending(ct => GetAsync(sourceKey, ct));
    }

    private async Task<int?> GetAsync(string sourceKey, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            string[] keys;
            lock (_queued)
            {
                keys = [.. _queued];
                _queued.Clear();
            }
            if (keys.Length > 0) await FetchAsync(keys, cancellationToken);
            return _loaded.GetValueOrDefault(sourceKey);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task FetchAsync(string[] keys, CancellationToken cancellationToken)
    {
        var ids = keys.SelectMany(k => new[] { k, LedgerEntry.ReversalKey(k) }).ToArray();
        var entries = (await ledger.LoadManyAsync(ids, cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var key in keys)
            _loaded[key] = entries.TryGetValue(key, out var award)
                ? award.Points + (entries.TryGetValue(LedgerEntry.ReversalKey(key), out var reversal) ? reversal.Points : 0)
                : null;
    }

    private sealed class Pending(Func<CancellationToken, Task<int?>> get) : IDataLoaderResult<int?>
    {
        public Task<int?> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await get(cancellationToken);
    }
}
