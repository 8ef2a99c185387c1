namespace Platform.Points.Leaderboards;

/// <summary>
/// One board in one period, in memory: each worker's score and the sequence of the ledger event
/// that last moved it, kept in the board's order (score down, then whoever reached it first:
/// <see cref="BoardOrder"/>). Top N walks the order; a rank is 1 + the places before the worker's.
/// Changes at or below <see cref="Position"/> were applied already and are skipped, so a page
/// handed over again counts once.
/// </summary>
internal sealed class BoardStandings
{
    private readonly Dictionary<Guid, Place> _places = [];
    private readonly BoardOrder _order;

    public BoardStandings(int blockCapacity = 512) => _order = new BoardOrder(blockCapacity);

    /// <summary>The sequence of the last ledger event this board has applied (or was loaded up to).</summary>
    public long Position { get; private set; }

    public int Count => _places.Count;

    /// <summary>A worker's standing as loaded from the ledger: once per worker, before any change.</summary>
    public void Load(Guid worker, int score, long reached) => Place(new Place(score, reached, worker));

    /// <summary>The ledger the board was loaded from held every change up to this sequence, and nothing after it.</summary>
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
        }
        Place(new Place(score, change.Sequence, change.WorkerId));
    }

    public IReadOnlyList<BoardRow> Top(int first)
    {
        var rows = new List<BoardRow>(Math.Min(first, _places.Count));
        foreach (var place in _order.Take(first)) rows.Add(new BoardRow(rows.Count + 1, place.Worker, place.Score));
        return rows;
    }

    public BoardRank? Rank(Guid worker) =>
        _places.TryGetValue(worker, out var place) ? new BoardRank(1 + _order.Before(place), place.Score, _places.Count) : null;

    public Dictionary<Guid, int> Scores() => _places.ToDictionary(p => p.Key, p => p.Value.Score);

    private void Place(Place place)
    {
        _places[place.Worker] = place;
        _order.Add(place);
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
