using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Leaderboards;
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
        // A sector's board is loaded from its enterprises' entries (and the city's is shared with the other tests).
        foreach (var (scope, id) in new[] { ("SECTOR", "FOOD_DELIVERY"), ("CITY", null) })
        {
            var ours = (await platform.Client.RowsAsync(world.Admin, scope, id)).Where(r => r.Worker == world.WorkerA || r.Worker == world.WorkerB).ToList();
            Assert.Equal([(world.WorkerB, 9), (world.WorkerA, 7)], ours.Select(r => (r.Worker, r.Score)));
        }
        var rank = (await platform.Client.MyRankAsync(world.WorkerAToken, "BRANCH", world.Branch)).Points()["myRank"]!;
        Assert.Equal(2, rank["of"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_database_with_the_board_tables_of_earlier_builds_loads_its_boards_from_the_ledger_and_loses_them()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 3);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 8);
        await platform.CaughtUpAsync();
        // As the boards were kept until 2026-11-29: a feed of rows per award (here one that no entry backs), and no fold.
        await platform.ExecuteAsync($"""
            create table {Tables.Schema}.points_board_feed (board text, month text, seq bigint, worker_id uuid, points int);
            insert into {Tables.Schema}.points_board_feed values ('branch:{world.Branch}', '2026-11', 1, '{world.WorkerA}', 100);
            create table {Tables.Schema}.{LeaderboardTables.RetiredNames[2]} (board text);
            delete from {Tables.Fold}; delete from {Tables.Position};
            """);

        await platform.RestartAsync();

        Assert.Equal([(world.WorkerB, 1, 8), (world.WorkerA, 2, 3)], await platform.Client.RowsAsync(world.Admin, "BRANCH", world.Branch));
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 6);
        await platform.CaughtUpAsync();
        Assert.Equal([(world.WorkerA, 1, 9), (world.WorkerB, 2, 8)], await platform.Client.RowsAsync(world.Admin, "ENTERPRISE", world.Enterprise));
        Assert.Equal(0L, await platform.ScalarAsync<long>(
            $"select count(*) from pg_tables where schemaname = '{Tables.Schema}' and tablename = any($1)", (object)LeaderboardTables.RetiredNames));
    }

    [Fact]
    public async Task The_board_tables_match_the_configured_schema_after_start()
    {
        // A mismatch would make every start rebuild the rank index.
        await platform.Services.GetRequiredService<IDocumentStore>().Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private LeaderboardTables Tables => platform.Tables();
}
