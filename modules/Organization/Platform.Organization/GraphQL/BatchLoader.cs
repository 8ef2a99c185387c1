using GraphQL.DataLoader;

namespace Platform.Organization.GraphQL;

/// <summary>
/// A minimal data loader: each <see cref="Load"/> queues a key; the first result asked for fetches
/// every queued key in one query. GraphQL.NET's execution strategies resolve data-loader results
/// only after the other pending fields, so a whole list's keys are queued by then. (The
/// GraphQL.DataLoader package is not in the build; this is the part of it we need.)
/// </summary>
internal sealed class BatchLoader<T>(Func<IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, T>>> fetch)
    where T : class
{
    private readonly HashSet<Guid> _queued = [];
    private readonly Dictionary<Guid, T?> _loaded = [];

    public IDataLoaderResult<T?> Load(Guid id)
    {
        if (!_loaded.ContainsKey(id)) _queued.Add(id);
        return new Pending<T?>(ct => GetAsync(id, ct));
    }

    public IDataLoaderResult<TResult?> Load<TResult>(Guid id, Func<T, TResult?> select) where TResult : class
    {
        if (!_loaded.ContainsKey(id)) _queued.Add(id);
        return new Pending<TResult?>(async ct => await GetAsync(id, ct) is { } item ? select(item) : null);
    }

    /// <summary>Several keys as one result, in the order given, skipping those that do not exist.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> LoadMany(IEnumerable<Guid> ids)
    {
        var keys = ids.ToList();
        foreach (var id in keys.Where(id => !_loaded.ContainsKey(id))) _queued.Add(id);
        return new Pending<IReadOnlyList<T>>(async ct =>
        {
            var items = new List<T>();
            foreach (var id in keys)
                if (await GetAsync(id, ct) is { } item) items.Add(item);
            return items;
        });
    }

    private async Task<T?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_queued.Count > 0)
        {
            var keys = _queued.ToList();
            _queued.Clear();
            var found = await fetch(keys, cancellationToken);
            foreach (var key in keys) _loaded[key] = found.GetValueOrDefault(key);
        }
        return _loaded.GetValueOrDefault(id);
    }

    private sealed class Pending<TResult>(Func<CancellationToken, Task<TResult>> get) : IDataLoaderResult<TResult>
    {
        public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await get(cancellationToken);
    }
}
