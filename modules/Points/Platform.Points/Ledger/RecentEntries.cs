namespace Platform.Points.Ledger;

/// <summary>
/// The last entries a worker's grain wrote or read, so a retry is answered without a read. Bounded:
/// a key that has fallen out is found again by the writer's one read per batch.
/// </summary>
internal sealed class RecentEntries
{
    private const int Capacity = 256;
    private readonly Dictionary<string, LedgerEntry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public LedgerEntry? Find(string key) => _entries.GetValueOrDefault(key);

    public void Add(LedgerEntry entry)
    {
        if (!_entries.TryAdd(entry.Id, entry)) return;
        _order.Enqueue(entry.Id);
        if (_order.Count > Capacity) _entries.Remove(_order.Dequeue());
    }
}
