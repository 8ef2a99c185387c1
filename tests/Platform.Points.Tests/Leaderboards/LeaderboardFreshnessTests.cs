using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>How current the boards are, as a person reading them is told.</summary>
public sealed class LeaderboardFreshnessTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Boards_that_have_caught_up_are_current_as_of_now()
    {
        var world = await PointsWorld.CreateAsync(Client);
        await Client.AwardAsync(world.Admin, world.WorkerA, 6);
        await platform.CaughtUpAsync();
        var asked = DateTimeOffset.UtcNow;

        var asOf = await Client.AsOfAsync(world.WorkerAToken);

        Assert.InRange(asOf, asked, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Only_people_who_may_read_a_board_may_ask()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var verifier = await Client.UserWithRoleAsync(world.Admin, "VERIFIER", Guid.NewGuid());

        Assert.Empty((await Client.SendAsync(LeaderboardCalls.AsOf, token: world.Secretary)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(LeaderboardCalls.AsOf, token: verifier)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await Client.SendAsync(LeaderboardCalls.AsOf)).ErrorCodes);
    }
}

/// <summary>A host whose async daemon runs elsewhere: nothing here applies the ledger to the boards.</summary>
public sealed class DaemonElsewherePlatform : TestPlatform
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Marten:Daemon"] = "Disabled" };
}

public sealed class LeaderboardBehindTests(DaemonElsewherePlatform platform) : IClassFixture<DaemonElsewherePlatform>
{
    [Fact]
    public async Task Boards_that_are_behind_are_current_as_of_the_first_award_they_have_not_counted()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        var first = await platform.Client.AwardAsync(world.Admin, world.WorkerA, 6);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 4);

        var asOf = await platform.Client.AsOfAsync(world.WorkerAToken);

        Assert.Equal((await platform.LedgerEventAsync(first)).RecordedAt, asOf);
        Assert.True(asOf < DateTimeOffset.UtcNow);
    }
}
