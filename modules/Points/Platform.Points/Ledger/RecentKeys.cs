namespace Platform.Points.Ledger;

/// <summary>
/// The source keys a worker's grain wrote lately, kept as hashes, so a repeat is sent to the ledger
/// for its first answer instead of to the writer, where it would fail a whole commit. Only numbers
/// are kept: a grain that kept each award's answer held a new object from an old one for every
/// award, and marking and moving those was most of every young collection's pause under single
/// submissions (docs/profiling.md, twentieth pass). A hash found may be another key's: the read
/// then finds nothing, and the key is written as new. Bounded: a key that has fallen out is found
/// again by the writer's one read per batch.
/// </summary>
internal sealed class RecentKeys
{
    public const int Capacity = 256;

    // Grows to Capacity, then the oldest gives way: most workers have a few awards in a grain's lifetime.
    private int[] _hashes = new int[8];
    private int _count;
    private int _oldest;

    public bool MaybeHas(string key) => Array.IndexOf(_hashes, Hash(key), 0, _count) >= 0;

    public void Add(string key)
    {
        if (_count == _hashes.Length && _count < Capacity) Array.Resize(ref _hashes, Math.Min(Capacity, _count * 2));
        if (_count < _hashes.Length)
        {
            _hashes[_count++] = Hash(key);
            return;
        }
        _hashes[_oldest] = Hash(key);
        _oldest = (_oldest + 1) % Capacity;
    }

    private static int Hash(string key) => StringComparer.Ordinal.GetHashCode(key);
}
