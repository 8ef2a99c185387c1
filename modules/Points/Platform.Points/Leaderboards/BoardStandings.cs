namespace Platform.Points.Leaderboards;

/// <summary>
/// One board in one period, in memory: each worker's score and the sequence of the ledger event
/// that last moved it, kept in the board's order (score down, then whoever reached it first), with
/// a count of workers per score. Top N walks the order; a rank is 1 + the workers at higher scores
/// (summed over the distinct scores above, a few hundred) + those at the same score who reached it
/// earlier. Changes at or below <see cref="Position"/> were applied already and are skipped, so a
/// page handed over again counts once.
/// </summary>
internal sealed class BoardStandings
{
    private readonly Dictionary<Guid, Place> _places = [];
    private readonly SortedSet<Place> _order = new(PlaceOrder.Instance);
    private readonly SortedDictionary<int, int> _workersAtScore = new(Comparer<int>.Create((a, b) => b.CompareTo(a)));

    /// <summary>The sequence of the last ledger event this board has applied (or was loaded up to).</summary>
    public long Position { get; private set; }

    public int Count => _places.Count;

    /// <summary>A worker's standing as loaded from the feed: once per worker, before any change.</summary>
    public void Load(Guid worker, int score, long reached) => Place(new Place(score, reached, worker));

    /// <summary>The feed the board was loaded from held every change up to this sequence.</summary>
    public void LoadedUpTo(long position) => Position = position;

    /// <summary>Applies a change if it is past the position; changes come in sequence order.</summary>
    public void Apply(BoardChange change)
    {
        if (change.Sequence <= Position) return;
        Position = change.Sequence;
        var score = change.Points;
        if (_places.TryGetValue(change.WorkerId, out var old))
        {
            score += old.Score;
            _order.Remove(old);
            if (--_workersAtScore[old.Score] == 0) _workersAtScore.Remove(old.Score);
        }
        Place(new Place(score, change.Sequence, change.WorkerId));
    }

    public IReadOnlyList<BoardRow> Top(int first)
    {
        var rows = new List<BoardRow>(Math.Min(first, _places.Count));
        foreach (var place in _order)
        {
            if (rows.Count == first) break;
            rows.Add(new BoardRow(rows.Count + 1, place.Worker, place.Score));
        }
        return rows;
    }

    public BoardRank? Rank(Guid worker)
    {
        if (!_places.TryGetValue(worker, out var place)) return null;
        var ahead = 0;
        foreach (var (score, workers) in _workersAtScore)
        {
            if (score <= place.Score) break;
            ahead += workers;
        }
        // The view runs from the first place at this score to the worker's own, both included.
        var earlierAtScore = _order.GetViewBetween(place with { Reached = long.MinValue, Worker = Guid.Empty }, place).Count - 1;
        return new BoardRank(1 + ahead + earlierAtScore, place.Score, _places.Count);
    }

    public Dictionary<Guid, int> Scores() => _places.ToDictionary(p => p.Key, p => p.Value.Score);

    private void Place(Place place)
    {
        _places[place.Worker] = place;
        _order.Add(place);
        _workersAtScore[place.Score] = _workersAtScore.GetValueOrDefault(place.Score) + 1;
    }
}

internal readonly record struct Place(int Score, long Reached, Guid Worker);

/// <summary>The board's order: higher score first, then the earlier to reach it; the worker only makes the order total.</summary>
internal sealed class PlaceOrder : IComparer<Place>
{
    public static readonly PlaceOrder Instance = new();

    public int Compare(Place x, Place y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0) return byScore;
        var byReached = x.Reached.CompareTo(y.Reached);
        return byReached != 0 ? byReached : x.Worker.CompareTo(y.Worker);
    }
}
