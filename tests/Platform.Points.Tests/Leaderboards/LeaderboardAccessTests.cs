using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Leaderboards;

public sealed class LeaderboardAccessTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_worker_sees_the_boards_they_belong_to_and_no_other()
    {
        var world = await PointsWorld.CreateAsync(Client);
        Assert.Empty((await Client.BoardAsync(world.WorkerAToken, "CITY")).ErrorCodes);
        Assert.Empty((await Client.BoardAsync(world.WorkerAToken, "DISTRICT", world.District)).ErrorCodes);
        Assert.Empty((await Client.BoardAsync(world.WorkerAToken, "SECTOR", "FOOD_DELIVERY")).ErrorCodes);
        Assert.Empty((await Client.BoardAsync(world.WorkerAToken, "ENTERPRISE", world.Enterprise)).ErrorCodes);
        Assert.Empty((await Client.BoardAsync(world.WorkerAToken, "BRANCH", world.Branch)).ErrorCodes);

        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(world.WorkerAToken, "BRANCH", world.OtherBranch)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(world.WorkerAToken, "SECTOR", "FREIGHT")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(world.WorkerAToken, "ENTERPRISE", Guid.NewGuid())).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.MyRankAsync(world.WorkerAToken, "DISTRICT", Guid.NewGuid())).ErrorCodes);
    }

    [Fact]
    public async Task A_secretary_sees_their_branch_and_its_district_and_an_enterprise_admin_their_enterprise()
    {
        var world = await PointsWorld.CreateAsync(Client);
        Assert.Empty((await Client.BoardAsync(world.Secretary, "BRANCH", world.Branch)).ErrorCodes);
        Assert.Empty((await Client.BoardAsync(world.Secretary, "DISTRICT", world.District)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(world.Secretary, "BRANCH", world.OtherBranch)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(world.Secretary, "ENTERPRISE", world.Enterprise)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.MyRankAsync(world.Secretary, "BRANCH", world.Branch)).ErrorCodes);

        var enterpriseAdmin = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", world.Enterprise);
        Assert.Empty((await Client.BoardAsync(enterpriseAdmin, "ENTERPRISE", world.Enterprise)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(enterpriseAdmin, "BRANCH", world.Branch)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(enterpriseAdmin, "CITY")).ErrorCodes);
    }

    [Fact]
    public async Task Other_roles_and_anonymous_callers_see_no_board()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var verifier = await Client.UserWithRoleAsync(world.Admin, "VERIFIER", Guid.NewGuid());
        var committee = await Client.UserWithRoleAsync(world.Admin, "COMMITTEE_MEMBER", Guid.NewGuid());
        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(verifier, "CITY")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.BoardAsync(committee, "CITY")).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await Client.SendAsync(LeaderboardCalls.Board, new { s = "CITY" })).ErrorCodes);
    }

    [Fact]
    public async Task Workers_see_others_names_masked_and_their_own_whole_while_the_programme_office_sees_all()
    {
        var world = await PointsWorld.CreateAsync(Client);
        await Client.AwardAsync(world.Admin, world.WorkerA, 5);
        await Client.AwardAsync(world.Admin, world.WorkerB, 3);
        await platform.CaughtUpAsync();

        Assert.Equal(["陈小龙", "林*玲"], await NamesAsync(world.WorkerAToken, world.Branch));
        Assert.Equal(["陈*龙", "林美玲"], await NamesAsync(world.WorkerBToken, world.Branch));
        Assert.Equal(["陈*龙", "林*玲"], await NamesAsync(world.Secretary, world.Branch));
        Assert.Equal(["陈小龙", "林美玲"], await NamesAsync(world.Admin, world.Branch));
        var fields = (await Client.SendAsync("{ __type(name: \"LeaderboardEntry\") { fields { name } } }", token: world.Admin))
            .Ok()["__type"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>());
        Assert.DoesNotContain(fields, f => f.Contains("phone", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<List<string>> NamesAsync(string token, Guid branch) =>
        (await Client.BoardAsync(token, "BRANCH", branch)).Points()["leaderboard"]!.AsArray().Select(r => r!["displayName"]!.GetValue<string>()).ToList();
}
