using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Points.Leaderboards;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>One test per platform: the fold starts once per process and month, at the follower's first page that writes rows.</summary>
public sealed class BoardFeedCompactionTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private readonly string _board = Board.Branch(Guid.NewGuid());
    private readonly string _district = Board.District(Guid.NewGuid());
    private readonly Guid _a = Guid.NewGuid(), _b = Guid.NewGuid(), _c = Guid.NewGuid(), _d = Guid.NewGuid();

    private LeaderboardQueries Queries => platform.Services.GetRequiredService<LeaderboardQueries>();

    [Fact]
    public async Task Closed_months_are_folded_to_one_row_per_board_and_worker_once_awards_flow_and_the_boards_load_the_same()
    {
        // A closed quarter as pages would have written it: D reached 8 before A did; B came back to 0.
        await InsertAsync(
            ("2020-01", 10, _a, 5), ("2020-02", 12, _c, 7), ("2020-01", 15, _b, 4), ("2020-01", 18, _d, 8), ("2020-01", 20, _a, 3), ("2020-01", 25, _b, -4));
        // The city's and a district's own rows, as the feed kept them until the night of 2026-11-28: now read from branches' rows.
        await InsertAsync(_district, ("2020-01", 10, _a, 5), ("2020-01", 15, _b, 4));
        await InsertAsync(Board.City, ("2020-01", 10, _a, 5));
        List<BoardRow> january = [new(1, _d, 8), new(2, _a, 8), new(3, _b, 0)];
        Assert.Equal(january, await Queries.TopAsync(_board, "2020-01", 10));

        // Any award now is a page for the follower, which starts the fold of the months before this one.
        var world = await PointsWorld.CreateAsync(platform.Client);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 2);
        await platform.CaughtUpAsync();
        var compaction = platform.Services.GetRequiredService<BoardFeedCompaction>();
        await compaction.IdleAsync();

        Assert.Equal([("2020-01", 18L, _d, 8), ("2020-01", 20L, _a, 8), ("2020-01", 25L, _b, 0), ("2020-02", 12L, _c, 7)], await RowsAsync());
        Assert.Empty(await RowsAsync(_district));
        Assert.Empty(await RowsAsync(Board.City));
        // Boards not loaded before load the folded rows: the same order, ties and all.
        List<BoardRow> quarter = [new(1, _d, 8), new(2, _a, 8), new(3, _c, 7), new(4, _b, 0)];
        Assert.Equal(quarter, await Queries.TopAsync(_board, "2020-Q1", 10));
        Assert.Equal(quarter, await Queries.TopAsync(_board, "2020", 10));
        Assert.Equal(new BoardRank(4, 0, 4), await Queries.RankAsync(_board, "2020", _b));
        // The board in memory is untouched, and a second fold finds nothing to fold.
        Assert.Equal(january, await Queries.TopAsync(_board, "2020-01", 10));
        Assert.Equal(0, await compaction.CompactAsync("2020-03", CancellationToken.None));
        // This month's rows stay as they are.
        Assert.Equal([(world.WorkerA, 1, 2)], await platform.Client.RowsAsync(world.Admin, "BRANCH", world.Branch));
    }

    private Task InsertAsync(params (string Month, long Seq, Guid Worker, int Points)[] rows) => InsertAsync(_board, rows);

    private async Task InsertAsync(string board, params (string Month, long Seq, Guid Worker, int Points)[] rows)
    {
        await using var connection = await platform.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"insert into {Tables.Feed} (board, month, seq, worker_id, points) select $1, * from unnest($2::text[], $3::bigint[], $4::uuid[], $5::int[])", connection)
        {
            Parameters =
            {
                new() { Value = board }, new() { Value = rows.Select(r => r.Month).ToArray() }, new() { Value = rows.Select(r => r.Seq).ToArray() },
                new() { Value = rows.Select(r => r.Worker).ToArray() }, new() { Value = rows.Select(r => r.Points).ToArray() },
            },
        };
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<(string, long, Guid, int)>> RowsAsync(string? board = null)
    {
        await using var connection = await platform.OpenAsync();
        await using var command = new NpgsqlCommand($"select month, seq, worker_id, points from {Tables.Feed} where board = $1 order by month, seq", connection)
        {
            Parameters = { new() { Value = board ?? _board } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long, Guid, int)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetGuid(2), reader.GetInt32(3)));
        return rows;
    }

    private LeaderboardTables Tables => platform.Tables();
}
