using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Leaderboards;
using Platform.Points.Ledger;
using Platform.Testing;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>A board loads the same standings from the fold and the entries after it as from the entries alone.</summary>
public sealed class BoardFoldTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private static readonly (string Scope, Func<PointsWorld, object?> Id, string? Period)[] Boards =
        [("BRANCH", w => w.Branch, null), ("BRANCH", w => w.Branch, "ALL_TIME"), ("ENTERPRISE", w => w.Enterprise, "YEAR"), ("DISTRICT", w => w.District, null)];

    [Fact]
    public async Task Boards_load_the_same_from_the_fold_and_the_entries_after_it_ties_and_reversals_and_all()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 5);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 8);
        await platform.CaughtUpAsync();
        Assert.True((await FoldAsync()).Rows > 0);
        Assert.Equal([(world.WorkerA, 5), (world.WorkerB, 8)], await FoldedAsync(Board.Branch(world.Branch), world));

        // After the fold: A reaches 8, and B, by a taking away and a giving back, reaches 8 again after A: A leads.
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 3);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, -2);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 2);
        await platform.CaughtUpAsync();
        var kept = await RowsAsync(world);
        Assert.Equal([(world.WorkerA, 1, 8), (world.WorkerB, 2, 8)], kept[0]);

        // Loaded again from the fold and the three entries after it.
        await platform.RestartAsync();
        Assert.Equal(kept, await RowsAsync(world));

        // Folded again: the rows add the entries after the fold, and a fold with nothing new writes nothing.
        Assert.True((await FoldAsync()).Rows > 0);
        Assert.Equal([(world.WorkerA, 8), (world.WorkerB, 8)], await FoldedAsync(Board.Branch(world.Branch), world));
        Assert.Equal([(world.WorkerA, 8), (world.WorkerB, 8)], await FoldedAsync(Board.Enterprise(world.Enterprise), world));
        Assert.Equal(new FoldResult(0, 0), await FoldAsync());
        await platform.RestartAsync();
        Assert.Equal(kept, await RowsAsync(world));
    }

    [Fact]
    public async Task A_fold_of_more_sequences_than_a_slice_goes_in_slices_each_leaving_the_fold_whole()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 5);
        await platform.CaughtUpAsync();
        await FoldAsync();

        // The ledger's sequence jumps two and a half slices: the awards after it are three slices away.
        var events = platform.Services.GetRequiredService<IDocumentStore>().Options.Events.DatabaseSchemaName;
        await platform.ExecuteAsync($"select setval('{events}.mt_events_sequence', nextval('{events}.mt_events_sequence') + $1)", BoardFold.Slice * 5 / 2);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 8);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 3);
        await platform.CaughtUpAsync();
        var kept = await RowsAsync(world);

        var fold = await FoldAsync();
        Assert.Equal(3, fold.Slices);
        Assert.Equal(4, fold.Rows);
        Assert.Equal([(world.WorkerA, 8), (world.WorkerB, 8)], await FoldedAsync(Board.Branch(world.Branch), world));
        Assert.Equal(
            await platform.ScalarAsync<long>($"select last_seq_id from {events}.mt_event_progression where name = $1", LedgerTail.PositionName),
            await platform.ScalarAsync<long>($"select seq from {platform.Tables().Position} where name = $1", LeaderboardSql.FoldPositionName));
        await platform.RestartAsync();
        Assert.Equal(kept, await RowsAsync(world));
    }

    [Fact]
    public async Task The_fold_leaves_room_on_its_pages_for_its_updates()
    {
        var options = await platform.ScalarAsync<string[]>(
            "select reloptions from pg_class where oid = $1::regclass", platform.Tables().Fold);
        Assert.Contains("fillfactor=50", options);
    }

    /// <summary>Waits for a fold the follower may have started, then folds up to the follower's position.</summary>
    private async Task<FoldResult> FoldAsync()
    {
        var fold = platform.Services.GetRequiredService<BoardFold>();
        await fold.IdleAsync();
        return await fold.FoldAsync(CancellationToken.None);
    }

    private async Task<List<List<(Guid Worker, int Rank, int Score)>>> RowsAsync(PointsWorld world)
    {
        var rows = new List<List<(Guid, int, int)>>();
        foreach (var (scope, id, period) in Boards) rows.Add(await platform.Client.RowsAsync(world.Admin, scope, id(world), period));
        return rows;
    }

    /// <summary>The fold's points of the world's two workers on a board, summed over the months.</summary>
    private async Task<List<(Guid, int)>> FoldedAsync(string board, PointsWorld world)
    {
        List<(Guid, int)> rows = [];
        foreach (var worker in new[] { world.WorkerA, world.WorkerB })
        {
            rows.Add((worker, (int)await platform.ScalarAsync<long>(
                $"select coalesce(sum(points), 0) from {platform.Tables().Fold} where board = $1 and worker_id = $2", board, worker)));
        }
        return rows;
    }
}
