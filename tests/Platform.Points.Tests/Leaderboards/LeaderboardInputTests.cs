using Platform.Testing;

namespace Platform.Points.Tests.Leaderboards;

public sealed class LeaderboardInputTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Bad_board_input_gets_a_coded_error_naming_the_argument()
    {
        var world = await PointsWorld.CreateAsync(Client);
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "BRANCH", world.Branch, first: 0), "first");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "BRANCH", world.Branch, first: 101), "first");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "BRANCH", world.Branch, "MONTH", "2026-13"), "periodValue");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "BRANCH", world.Branch, "QUARTER", "2026-Q5"), "periodValue");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "BRANCH", world.Branch, "YEAR", "26"), "periodValue");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "BRANCH", world.Branch, "ALL_TIME", "2026"), "periodValue");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "BRANCH"), "scopeId");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "BRANCH", "not-an-id"), "scopeId");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "SECTOR", "BICYCLES"), "scopeId");
        await AssertValidationAsync(await Client.BoardAsync(world.Admin, "CITY", world.Branch), "scopeId");
        await AssertValidationAsync(await Client.SendAsync(LeaderboardCalls.MyRank,
            new { s = "BRANCH", id = world.Branch.ToString(), p = "MONTH", v = "11-2026" }, world.WorkerAToken), "periodValue");
    }

    [Fact]
    public async Task An_unknown_branch_enterprise_or_district_is_not_found()
    {
        var world = await PointsWorld.CreateAsync(Client);
        Assert.Equal(["NOT_FOUND"], (await Client.BoardAsync(world.Admin, "BRANCH", Guid.NewGuid())).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.BoardAsync(world.Admin, "ENTERPRISE", Guid.NewGuid())).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.BoardAsync(world.Admin, "DISTRICT", Guid.NewGuid())).ErrorCodes);
        Assert.Empty((await Client.BoardAsync(world.Admin, "DISTRICT", world.District)).Ok()["points"]!["leaderboard"]!.AsArray());
        // An unknown scope is refused by GraphQL itself, before anything runs.
        Assert.Equal(["INVALID_VALUE"], (await Client.BoardAsync(world.Admin, "NOWHERE")).ErrorCodes);
    }

    private static Task AssertValidationAsync(GraphQLResponse response, string field)
    {
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        return Task.CompletedTask;
    }
}
