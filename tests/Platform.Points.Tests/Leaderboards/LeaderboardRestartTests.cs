using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Leaderboards;

public sealed class LeaderboardRestartTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task Boards_survive_a_restart_and_count_each_award_once()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 7);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 4);
        await platform.CaughtUpAsync();

        await platform.RestartAsync();
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 5);
        await platform.CaughtUpAsync();

        foreach (var (scope, id) in new[] { ("BRANCH", world.Branch), ("DISTRICT", world.District), ("ENTERPRISE", world.Enterprise) })
            Assert.Equal([(world.WorkerB, 1, 9), (world.WorkerA, 2, 7)], await platform.Client.RowsAsync(world.Admin, scope, id));
        var rank = (await platform.Client.MyRankAsync(world.WorkerAToken, "BRANCH", world.Branch)).Points()["myRank"]!;
        Assert.Equal(2, rank["of"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_board_tables_match_the_configured_schema_after_start()
    {
        // A mismatch would make every start rebuild the rank index.
        await platform.Services.GetRequiredService<IDocumentStore>().Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }
}
