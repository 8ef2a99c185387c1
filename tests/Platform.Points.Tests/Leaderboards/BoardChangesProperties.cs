using CsCheck;
using Platform.Points.Leaderboards;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>How a page's placed changes reach the board grains, for any changes.</summary>
public sealed class BoardChangesProperties
{
    private static readonly string[] Boards = [Board.City, Board.Branch(Guid.NewGuid()), Board.Branch(Guid.NewGuid())];
    private static readonly string[] Months = ["2025-12", "2026-01", "2026-03", "2026-04"];
    private static readonly Guid[] Workers = [Guid.NewGuid(), Guid.NewGuid()];

    /// <summary>A page's rows in sequence order, across a year's and a quarter's end.</summary>
    private static readonly Gen<PlacedChange[]> Rows =
        Gen.Select(Gen.Int[0, Boards.Length - 1], Gen.Int[0, Months.Length - 1], Gen.Int[0, 1], Gen.Int[-5, 9]).Array[0, 40]
            .Select(raw => raw.Select((r, i) => new PlacedChange(Boards[r.Item1], Months[r.Item2], 100 + i, Workers[r.Item3], r.Item4)).ToArray());

    [Fact]
    public void Each_board_and_period_gets_exactly_its_rows_in_sequence_order() =>
        Rows.Sample(rows =>
        {
            var changes = LeaderboardFollower.ChangesByGrain(rows);
            var expected = rows
                .SelectMany(r => Board.PeriodsOf(r.Month).Select(p => (Key: LeaderboardGrain.KeyOf(r.Board, p), Change: new BoardChange(r.Sequence, r.WorkerId, r.Points))))
                .GroupBy(x => x.Key, x => x.Change)
                .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Sequence).ToList());
            return changes.Count == expected.Count && expected.All(e => changes.TryGetValue(e.Key, out var got) && got.SequenceEqual(e.Value));
        });

    [Fact]
    public void A_period_loads_the_months_its_changes_come_from() =>
        Gen.Int[0, Months.Length - 1].Sample(m => Board.PeriodsOf(Months[m]).All(period =>
        {
            var (from, to) = Period.Months(period);
            return string.CompareOrdinal(from, Months[m]) <= 0 && string.CompareOrdinal(Months[m], to) <= 0
                && Months.Where(other => string.CompareOrdinal(from, other) <= 0 && string.CompareOrdinal(other, to) <= 0)
                    .All(other => Board.PeriodsOf(other).Contains(period));
        }));
}
