using CsCheck;
using Platform.Points.Leaderboards;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>The laws of a board held in memory, against a board sorted from scratch, for any changes.</summary>
public sealed class BoardStandingsProperties
{
    private static readonly Guid[] Workers = [.. Enumerable.Range(0, 6).Select(_ => Guid.NewGuid())];

    /// <summary>Changes in sequence order (gaps and all), points from a reversal's −12 to an award's 15.</summary>
    private static readonly Gen<BoardChange[]> Changes =
        Gen.Select(Gen.Int[0, Workers.Length - 1], Gen.Int[-12, 15].Where(p => p != 0), Gen.Int[1, 3]).Array[0, 60]
            .Select(raw =>
            {
                var sequence = 0L;
                return raw.Select(c => new BoardChange(sequence += c.Item3, Workers[c.Item1], c.Item2)).ToArray();
            });

    /// <summary>Ranks by sorting every worker: score down, then the sequence of the change that set it.</summary>
    private static List<BoardRow> Sorted(IEnumerable<BoardChange> changes) =>
        [.. changes.GroupBy(c => c.WorkerId)
            .Select(g => (Worker: g.Key, Score: g.Sum(c => c.Points), Reached: g.Max(c => c.Sequence)))
            .OrderByDescending(w => w.Score).ThenBy(w => w.Reached)
            .Select((w, i) => new BoardRow(i + 1, w.Worker, w.Score))];

    /// <summary>Blocks of two places, so that a few workers already split and empty them.</summary>
    private static BoardStandings Small() => new(blockCapacity: 2);

    private static BoardStandings Applied(IEnumerable<BoardChange> changes)
    {
        var standings = Small();
        foreach (var change in changes) standings.Apply(change);
        return standings;
    }

    private static bool Agrees(BoardStandings standings, List<BoardRow> expected) =>
        standings.Top(100).SequenceEqual(expected)
        && standings.Top(2).SequenceEqual(expected.Take(2))
        && expected.All(row => standings.Rank(row.WorkerId) == new BoardRank(row.Rank, row.Score, expected.Count))
        && Workers.Where(w => expected.All(r => r.WorkerId != w)).All(w => standings.Rank(w) is null);

    [Fact]
    public void Top_and_rank_agree_with_the_board_sorted_from_scratch() =>
        Changes.Sample(changes => Agrees(Applied(changes), Sorted(changes)));

    [Fact]
    public void A_board_of_many_workers_in_full_blocks_agrees_with_the_board_sorted_from_scratch()
    {
        var workers = Enumerable.Range(0, 3_000).Select(_ => Guid.NewGuid()).ToArray();
        var random = new Random(2026);
        var sequence = 0L;
        var changes = Enumerable.Range(0, 20_000)
            .Select(_ => new BoardChange(sequence += random.Next(1, 3), workers[random.Next(workers.Length)], random.Next(-3, 12) is var p && p != 0 ? p : 1))
            .ToArray();
        var standings = new BoardStandings();
        foreach (var change in changes) standings.Apply(change);
        var expected = Sorted(changes);
        Assert.Equal(expected.Take(100), standings.Top(100));
        Assert.All(expected, row => Assert.Equal(new BoardRank(row.Rank, row.Score, expected.Count), standings.Rank(row.WorkerId)));
    }

    [Fact]
    public void A_page_handed_over_again_changes_nothing() =>
        Changes.Select(Gen.Int[0, 60]).Sample((changes, split) =>
        {
            split = Math.Min(split, changes.Length);
            // The second page starts inside the first, as after a failed commit with other page bounds.
            var replayed = Applied(changes.Take(split).Concat(changes.Skip(split / 2)));
            return Agrees(replayed, Sorted(changes));
        });

    [Fact]
    public void A_board_loaded_from_the_ledger_then_kept_by_changes_equals_one_kept_by_changes_alone() =>
        Changes.Select(Gen.Int[0, 60]).Sample((changes, split) =>
        {
            split = Math.Min(split, changes.Length);
            var loaded = Small();
            foreach (var w in changes.Take(split).GroupBy(c => c.WorkerId)) loaded.Load(w.Key, w.Sum(c => c.Points), w.Max(c => c.Sequence));
            loaded.LoadedUpTo(split == 0 ? 0 : changes[split - 1].Sequence);
            // The follower hands over the whole page, loaded part and all.
            foreach (var change in changes) loaded.Apply(change);
            return Agrees(loaded, Sorted(changes));
        });
}
