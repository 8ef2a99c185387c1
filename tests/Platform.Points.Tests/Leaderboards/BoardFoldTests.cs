using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Leaderboards;
using Platform.Points.Ledger;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>A board loads the same standings from the fold and the entries after it as from the entries alone.</summary>
public sealed class BoardFoldTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string Intake = """
        mutation($e: ID!, $r: [IntakeRecordInput!]!) { points { intakeAttendance(enterpriseId: $e, records: $r) { status } } }
        """;

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
    public async Task A_fold_passes_sequences_without_entries_at_once_and_goes_in_slices_of_entries_each_leaving_the_fold_whole()
    {
        var world = await FoldedWorldAsync(pointsOfA: 5);

        // The ledger's sequence jumps three slices (as events of other kinds take sequences): no slice
        // is spent on them. Less than a fold's due, so the follower does not fold them itself.
        Assert.True(BoardFold.Slice * 3 < BoardFold.Every);
        var events = EventSchema();
        await JumpAsync(BoardFold.Slice * 3);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 8);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 3);
        await platform.CaughtUpAsync();

        Assert.Equal(new FoldResult(Rows: 4, Slices: 1), await FoldAsync());
        Assert.Equal([(world.WorkerA, 8), (world.WorkerB, 8)], await FoldedAsync(Board.Branch(world.Branch), world));

        // Two slices' entries and one more: three slices, and the boards load the same from them.
        await IntakeAsync(world, (int)(2 * BoardFold.Slice) + 1);
        await platform.CaughtUpAsync();
        var kept = await RowsAsync(world);
        Assert.Equal(3, (await FoldAsync()).Slices);
        Assert.Equal(
            await platform.ScalarAsync<long>($"select last_seq_id from {events}.mt_event_progression where name = $1", LedgerTail.PositionName),
            await platform.ScalarAsync<long>($"select seq from {platform.Tables().Position} where name = $1", LeaderboardSql.FoldPositionName));
        await platform.RestartAsync();
        Assert.Equal(kept, await RowsAsync(world));
    }

    [Fact]
    public async Task The_follower_folds_by_itself_once_enough_of_the_ledger_has_gone_by()
    {
        var world = await FoldedWorldAsync(pointsOfA: 4);

        // A fold's due of sequences goes by, then an award, then another: the page of the second
        // starts past the due, and the follower folds what it has committed (the first award).
        await JumpAsync(BoardFold.Every);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 6);
        await platform.CaughtUpAsync();
        var first = await platform.ScalarAsync<long>(
            $"select max(seq) from {new LedgerEntryTable(Store().Options.DatabaseSchemaName).Qualified} where worker_id = $1",
            world.WorkerB);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 1);
        await platform.CaughtUpAsync();

        Assert.True(await platform.ScalarAsync<long>($"select seq from {platform.Tables().Position} where name = $1", LeaderboardSql.FoldPositionName) >= first);
        // The last award may be folded too, if its page committed before the fold looked.
        Assert.Equal((world.WorkerB, 6), (await FoldedAsync(Board.Branch(world.Branch), world))[1]);
    }

    [Fact]
    public async Task The_fold_leaves_room_on_its_pages_for_its_updates()
    {
        var options = await platform.ScalarAsync<string[]>(
            "select reloptions from pg_class where oid = $1::regclass", platform.Tables().Fold);
        Assert.Contains("fillfactor=50", options);
    }

    /// <summary>Attendance for the world's two workers taken in from the enterprise's system, a thousand records a call (most past their cap).</summary>
    private async Task IntakeAsync(PointsWorld world, int records)
    {
        var system = await platform.Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", world.Enterprise);
        var at = DateTimeOffset.UtcNow.AddHours(-3).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var call in Enumerable.Range(0, records).Chunk(1000))
        {
            var batch = call.Select(i => new
            {
                idempotencyKey = $"fold-{tag}-{i}", workerId = (i % 2 == 0 ? world.WorkerA : world.WorkerB).ToString(),
                activityType = "TRAINING", title = "安全培训", occurredAt = at,
            }).ToArray();
            (await platform.Client.SendAsync(Intake, new { e = world.Enterprise, r = batch }, system)).Ok();
        }
    }

    /// <summary>A new world whose worker A has an award, caught up and folded.</summary>
    private async Task<PointsWorld> FoldedWorldAsync(int pointsOfA)
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, pointsOfA);
        await platform.CaughtUpAsync();
        await FoldAsync();
        return world;
    }

    private IDocumentStore Store() => platform.Services.GetRequiredService<IDocumentStore>();

    private string EventSchema() => Store().Options.Events.DatabaseSchemaName;

    /// <summary>Moves the ledger's sequence on, as events of other kinds do.</summary>
    private Task JumpAsync(long sequences) => platform.ExecuteAsync(
        $"select setval('{EventSchema()}.mt_events_sequence', nextval('{EventSchema()}.mt_events_sequence') + $1)", sequences);

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
