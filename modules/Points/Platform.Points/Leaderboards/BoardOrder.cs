namespace Platform.Points.Leaderboards;

/// <summary>
/// A board's places in order (<see cref="PlaceOrder"/>), kept in sorted blocks of at most
/// <c>blockCapacity</c> places. A change moves places within a block's array: nothing is allocated
/// for it, and places hold no references, so the GC has nothing to follow in them. A sorted set
/// made a node per change and linked it into a tree in the old generation, so every collection
/// of the young one had to follow the board's new nodes: about twenty per earning award, and
/// 60–70 ms gen0 pauses under single submissions (docs/profiling.md, tenth pass).
/// </summary>
internal sealed class BoardOrder(int blockCapacity = 512)
{
    private readonly List<Place[]> _blocks = [];
    private readonly List<int> _counts = [];

    public void Add(Place place)
    {
        if (_blocks.Count == 0)
        {
            _blocks.Add(new Place[blockCapacity]);
            _counts.Add(0);
        }
        var b = BlockOf(place);
        var at = ~Array.BinarySearch(_blocks[b], 0, _counts[b], place, PlaceOrder.Instance);
        if (at < 0) throw new InvalidOperationException("A place is on the board once.");
        if (_counts[b] == blockCapacity)
        {
            // Split in halves; the place goes to whichever half its position falls in.
            var half = blockCapacity / 2;
            var upper = new Place[blockCapacity];
            Array.Copy(_blocks[b], half, upper, 0, blockCapacity - half);
            _blocks.Insert(b + 1, upper);
            _counts.Insert(b + 1, blockCapacity - half);
            _counts[b] = half;
            if (at > half) (b, at) = (b + 1, at - half);
        }
        var block = _blocks[b];
        Array.Copy(block, at, block, at + 1, _counts[b] - at);
        block[at] = place;
        _counts[b]++;
    }

    public void Remove(Place place)
    {
        var b = BlockOf(place);
        var at = Array.BinarySearch(_blocks[b], 0, _counts[b], place, PlaceOrder.Instance);
        if (at < 0) throw new InvalidOperationException("Only a place on the board is removed.");
        var block = _blocks[b];
        Array.Copy(block, at + 1, block, at, _counts[b] - at - 1);
        if (--_counts[b] > 0 || _blocks.Count == 1) return;
        _blocks.RemoveAt(b);
        _counts.RemoveAt(b);
    }

    /// <summary>How many places come before this one (it must be on the board).</summary>
    public int Before(Place place)
    {
        var b = BlockOf(place);
        var before = 0;
        for (var i = 0; i < b; i++) before += _counts[i];
        return before + Array.BinarySearch(_blocks[b], 0, _counts[b], place, PlaceOrder.Instance);
    }

    /// <summary>The first places, in order.</summary>
    public IEnumerable<Place> Take(int first)
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            for (var i = 0; i < _counts[b]; i++)
            {
                if (first-- == 0) yield break;
                yield return _blocks[b][i];
            }
        }
    }

    /// <summary>The block a place is in or belongs in: the first whose last place is not before it, else the last.</summary>
    private int BlockOf(Place place)
    {
        var (low, high) = (0, _blocks.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (PlaceOrder.Instance.Compare(_blocks[middle][_counts[middle] - 1], place) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
