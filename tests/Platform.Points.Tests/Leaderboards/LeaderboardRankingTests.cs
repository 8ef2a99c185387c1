using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Leaderboards;

public sealed class LeaderboardRankingTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Boards_rank_by_points_and_an_equal_score_ranks_whoever_reached_it_first()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (c, _) = await Client.WorkerWithAccountAsync(world.Admin, "王小五", world.Enterprise, world.Branch);
        await Client.AwardAsync(world.Admin, world.WorkerA, 10);
        await Client.AwardAsync(world.Admin, c, 5);
        await Client.AwardAsync(world.Admin, world.WorkerB, 5);
        await platform.CaughtUpAsync();
        // C reached 5 before B.
        Assert.Equal([(world.WorkerA, 1, 10), (c, 2, 5), (world.WorkerB, 3, 5)], await Client.RowsAsync(world.Admin, "BRANCH", world.Branch));

        await Client.AwardAsync(world.Admin, world.WorkerB, 3);
        await Client.AwardAsync(world.Admin, c, 3);
        await platform.CaughtUpAsync();
        // Now B reached 8 before C: the order between them turns round.
        List<(Guid, int, int)> expected = [(world.WorkerA, 1, 10), (world.WorkerB, 2, 8), (c, 3, 8)];
        Assert.Equal(expected, await Client.RowsAsync(world.Admin, "BRANCH", world.Branch));
        Assert.Equal(expected, await Client.RowsAsync(world.Admin, "DISTRICT", world.District));
        Assert.Equal(expected, await Client.RowsAsync(world.Admin, "ENTERPRISE", world.Enterprise));
        foreach (var period in new[] { "MONTH", "QUARTER", "YEAR", "ALL_TIME" })
            Assert.Equal(expected, await Client.RowsAsync(world.Admin, "BRANCH", world.Branch, period));

        // City and sector boards are shared with the other tests: our three keep their order there.
        foreach (var (scope, id) in new[] { ("CITY", (object?)null), ("SECTOR", "FOOD_DELIVERY") })
        {
            var ours = (await Client.RowsAsync(world.Admin, scope, id)).Where(r => r.Worker == world.WorkerA || r.Worker == world.WorkerB || r.Worker == c).ToList();
            Assert.Equal([world.WorkerA, world.WorkerB, c], ours.Select(r => r.Worker));
            Assert.Equal([10, 8, 8], ours.Select(r => r.Score));
            Assert.True(ours[0].Rank < ours[1].Rank && ours[1].Rank < ours[2].Rank);
        }
    }

    [Fact]
    public async Task Another_period_has_its_own_board()
    {
        var world = await PointsWorld.CreateAsync(Client);
        await Client.AwardAsync(world.Admin, world.WorkerA, 4);
        await platform.CaughtUpAsync();

        Assert.Empty(await Client.RowsAsync(world.Admin, "BRANCH", world.Branch, "MONTH", "2020-01"));
        Assert.Empty(await Client.RowsAsync(world.Admin, "BRANCH", world.Branch, "YEAR", "2020"));
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([(world.WorkerA, 1, 4)], await Client.RowsAsync(world.Admin, "BRANCH", world.Branch, "MONTH", month));
        Assert.Equal([(world.WorkerA, 1, 4)], await Client.RowsAsync(world.Admin, "BRANCH", world.Branch, "ALL_TIME"));
    }

    [Fact]
    public async Task A_reversal_lowers_the_score_and_reranks_the_board()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var key = await Client.AwardAsync(world.Admin, world.WorkerA, 10);
        await Client.AwardAsync(world.Admin, world.WorkerB, 6);
        await platform.CaughtUpAsync();
        Assert.Equal([(world.WorkerA, 1, 10), (world.WorkerB, 2, 6)], await Client.RowsAsync(world.Admin, "BRANCH", world.Branch));

        (await Client.SendAsync("mutation($k: String!) { points { reverseAward(sourceKey: $k, reason: \"加分有误撤销\") { points } } }",
            new { k = key }, world.Admin)).Ok();
        await platform.CaughtUpAsync();

        Assert.Equal([(world.WorkerB, 1, 6), (world.WorkerA, 2, 0)], await Client.RowsAsync(world.Admin, "ENTERPRISE", world.Enterprise));
        Assert.Equal(2, (await Client.MyRankAsync(world.WorkerAToken, "BRANCH", world.Branch)).Points()["myRank"]!["rank"]!.GetValue<int>());
    }

    [Fact]
    public async Task Scores_that_rise_tie_fall_below_zero_and_come_back_rank_by_score_then_by_who_reached_it_first()
    {
        var world = await PointsWorld.CreateAsync(Client);
        foreach (var (worker, points) in new[] { (world.WorkerA, 5), (world.WorkerB, 5), (world.WorkerA, 3), (world.WorkerB, -9), (world.WorkerB, 12) })
            await Client.AwardAsync(world.Admin, worker, points);
        await platform.CaughtUpAsync();

        Assert.Equal([(world.WorkerA, 1, 8), (world.WorkerB, 2, 8)], await Client.RowsAsync(world.Admin, "BRANCH", world.Branch));
    }

    [Fact]
    public async Task After_a_transfer_earlier_points_stay_on_the_old_branch_board()
    {
        var world = await PointsWorld.CreateAsync(Client);
        await Client.AwardAsync(world.Admin, world.WorkerA, 6);
        (await Client.SendAsync("mutation($w: ID!, $b: ID!) { organization { transferWorker(workerId: $w, branchId: $b, reason: \"搬到石岐\") { id } } }",
            new { w = world.WorkerA, b = world.OtherBranch }, world.Admin)).Ok();
        await Client.AwardAsync(world.Admin, world.WorkerA, 4);
        await platform.CaughtUpAsync();

        Assert.Equal([(world.WorkerA, 1, 6)], await Client.RowsAsync(world.Admin, "BRANCH", world.Branch));
        Assert.Equal([(world.WorkerA, 1, 4)], await Client.RowsAsync(world.Admin, "BRANCH", world.OtherBranch));
        Assert.Equal([(world.WorkerA, 1, 10)], await Client.RowsAsync(world.Admin, "DISTRICT", world.District));
    }

    [Fact]
    public async Task My_rank_gives_the_place_the_score_and_the_size_of_the_board()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (_, cToken) = await Client.WorkerWithAccountAsync(world.Admin, "王小五", world.Enterprise, world.Branch);
        await Client.AwardAsync(world.Admin, world.WorkerA, 3);
        await Client.AwardAsync(world.Admin, world.WorkerB, 9);
        await platform.CaughtUpAsync();

        var a = (await Client.MyRankAsync(world.WorkerAToken, "BRANCH", world.Branch)).Points()["myRank"]!;
        Assert.Equal((2, 3, 2), (a["rank"]!.GetValue<int>(), a["score"]!.GetValue<int>(), a["of"]!.GetValue<int>()));
        var b = (await Client.MyRankAsync(world.WorkerBToken, "DISTRICT", world.District)).Points()["myRank"]!;
        Assert.Equal((1, 9, 2), (b["rank"]!.GetValue<int>(), b["score"]!.GetValue<int>(), b["of"]!.GetValue<int>()));
        // No points on the board: not on it.
        Assert.Null((await Client.MyRankAsync(cToken, "BRANCH", world.Branch)).Points()["myRank"]);
        // The city board's rank agrees with the city board's list.
        var city = (await Client.MyRankAsync(world.WorkerBToken, "CITY")).Points()["myRank"]!;
        var listed = (await Client.RowsAsync(world.Admin, "CITY")).Single(r => r.Worker == world.WorkerB);
        Assert.Equal(listed.Rank, city["rank"]!.GetValue<int>());
    }

    [Fact]
    public async Task First_limits_the_board()
    {
        var world = await PointsWorld.CreateAsync(Client);
        await Client.AwardAsync(world.Admin, world.WorkerA, 2);
        await Client.AwardAsync(world.Admin, world.WorkerB, 7);
        await platform.CaughtUpAsync();

        var top = (await Client.BoardAsync(world.Admin, "BRANCH", world.Branch, first: 1)).Points()["leaderboard"]!.AsArray();
        Assert.Equal([(world.WorkerB, 1, 7)], LeaderboardCalls.Rows(top));
        Assert.Equal(2, (await Client.BoardAsync(world.Admin, "BRANCH", world.Branch, first: null)).Points()["leaderboard"]!.AsArray().Count);
    }
}
