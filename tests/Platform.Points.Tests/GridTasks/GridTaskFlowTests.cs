using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.GridTasks;

public sealed class GridTaskFlowTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task An_accepted_patrol_raises_the_volunteer_balance_by_its_points_with_the_grid_task_as_source()
    {
        var world = await GridWorld.CreateAsync(Client);
        var doneAt = DateTimeOffset.UtcNow.AddDays(-3);
        string[] evidence = ["https://img.example.cn/p/1.jpg", " photo:01HX9 "];

        var submitted = (await Client.SubmitAsync(world.VolunteerToken, world.Community, doneAt: doneAt, evidence: evidence)).Task("submitGridTask");
        Assert.Equal("SUBMITTED", submitted.Text("status"));
        Assert.Equal("PATROL", submitted.Text("kind"));
        Assert.Equal("陈小龙", submitted.Text("workerName"));
        Assert.Equal(evidence, submitted["evidence"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Null(submitted["decision"]);
        var id = Guid.Parse(submitted.Text("id"));

        var queue = (await Client.SendAsync(GridCalls.Queue, new { c = world.Community }, world.Verifier)).Task("gridTaskQueue");
        Assert.Equal(id.ToString(), Assert.Single(queue["items"]!.AsArray())!.Text("id"));

        var accepted = (await Client.AcceptAsync(world.Verifier, id, "现场照片清楚")).Task("acceptGridTask");
        Assert.Equal("ACCEPTED", accepted.Text("status"));
        Assert.Equal("ACCEPTED", accepted["decision"]!.Text("outcome"));
        Assert.Equal(5, accepted["decision"]!["points"]!.GetValue<int>());
        Assert.Equal("现场照片清楚", accepted["decision"]!.Text("reason"));
        Assert.False(string.IsNullOrEmpty(accepted["decision"]!.Text("by")));

        var mine = await Client.MyPointsAsync(world.VolunteerToken);
        Assert.Equal(5, mine["balance"]!.GetValue<int>());
        var entry = Assert.Single(mine["entries"]!["items"]!.AsArray())!;
        Assert.Equal("GRID_TASK", entry.Text("source"));
        Assert.Equal(id.ToString(), entry.Text("sourceId"));
        Assert.Equal("Patrol", entry.Text("category"));
        Assert.Equal(doneAt.ToUnixTimeSeconds(), DateTimeOffset.Parse(entry.Text("occurredAt"), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        Assert.Equal("ACCEPTED", Assert.Single((await Client.MineAsync(world.VolunteerToken))["items"]!.AsArray())!.Text("status"));
        Assert.Empty((await Client.SendAsync(GridCalls.Queue, new { c = world.Community }, world.Verifier)).Task("gridTaskQueue")["items"]!.AsArray());
        Assert.Single((await Client.SendAsync(GridCalls.Queue, new { c = world.Community, s = "ACCEPTED" }, world.Verifier)).Task("gridTaskQueue")["items"]!.AsArray());
    }

    [Theory]
    [InlineData("HAZARD_CHECK", 8, "HazardCheck")]
    [InlineData("RESIDENT_HELP", 6, "ResidentHelp")]
    public async Task Each_kind_earns_its_own_points(string kind, int points, string category)
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world, kind);

        (await Client.AcceptAsync(world.Verifier, id)).Ok();

        var mine = await Client.MyPointsAsync(world.VolunteerToken);
        Assert.Equal(points, mine["balance"]!.GetValue<int>());
        Assert.Equal(category, Assert.Single(mine["entries"]!["items"]!.AsArray())!.Text("category"));
    }

    [Fact]
    public async Task A_rejected_task_earns_nothing_and_shows_who_rejected_it_and_why()
    {
        var world = await GridWorld.CreateAsync(Client);
        var id = await Client.SubmittedAsync(world);

        var rejected = (await Client.RejectAsync(world.Verifier, id, "照片不是本社区")).Task("rejectGridTask");

        Assert.Equal("REJECTED", rejected.Text("status"));
        Assert.Equal("照片不是本社区", rejected["decision"]!.Text("reason"));
        Assert.Null(rejected["decision"]!["points"]);
        Assert.False(string.IsNullOrEmpty(rejected["decision"]!.Text("by")));
        Assert.Equal(0, await Client.BalanceAsync(world.VolunteerToken));
        Assert.Equal("REJECTED", (await Client.TaskAsync(world.VolunteerToken, id)).Text("status"));
    }

    [Fact]
    public async Task My_grid_tasks_are_newest_first_a_page_at_a_time()
    {
        var world = await GridWorld.CreateAsync(Client);
        var ids = new List<Guid>();
        foreach (var kind in new[] { "PATROL", "HAZARD_CHECK", "RESIDENT_HELP" }) ids.Add(await Client.SubmittedAsync(world, kind));

        var first = await Client.MineAsync(world.VolunteerToken, first: 2);
        var second = await Client.MineAsync(world.VolunteerToken, first: 2, after: first.Text("nextCursor"));

        Assert.Equal(3, first["totalCount"]!.GetValue<int>());
        var seen = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(t => Guid.Parse(t!.Text("id")));
        Assert.Equal(Enumerable.Reverse(ids), seen);
        Assert.Null(second["nextCursor"]);
        Assert.Empty((await Client.MineAsync(world.OtherVolunteerToken))["items"]!.AsArray());
        var bad = await Client.SendAsync(GridCalls.Mine, new { f = 2, a = "not-a-cursor" }, world.VolunteerToken);
        Assert.Equal(["VALIDATION"], bad.ErrorCodes);
        Assert.Equal("after", bad.Field());
    }
}
