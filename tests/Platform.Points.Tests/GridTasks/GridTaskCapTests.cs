using Platform.Testing;

namespace Platform.Points.Tests.GridTasks;

public sealed class GridTaskCapTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    private const string Accepted = """
        query($c: ID!) { points { gridTaskQueue(communityId: $c, status: ACCEPTED, first: 100) { items { id decision { points } recordedPoints } } } }
        """;

    [Fact]
    public async Task A_task_accepted_past_the_daily_cap_shows_the_rules_points_as_decided_and_zero_recorded_as_the_balance_does()
    {
        var world = await GridWorld.CreateAsync(Client);
        // The shipped rules count a volunteer's first 6 grid tasks of a programme day; one moment keeps all seven on one day.
        var doneAt = DateTimeOffset.UtcNow.AddDays(-2);
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var task = (await Client.SubmitAsync(world.VolunteerToken, world.Community, doneAt: doneAt)).Task("submitGridTask");
            ids.Add(Guid.Parse(task.Text("id")));
            (await Client.AcceptAsync(world.Verifier, ids[^1])).Ok();
        }
        var points = (await Client.TaskAsync(world.Verifier, ids[0]))["decision"]!["points"]!.GetValue<int>();

        var seventh = await Client.TaskAsync(world.VolunteerToken, ids[6]);
        Assert.Equal(points, seventh["decision"]!["points"]!.GetValue<int>());
        Assert.Equal(0, seventh["recordedPoints"]!.GetValue<int>());
        Assert.Equal(6 * points, await Client.BalanceAsync(world.VolunteerToken));

        // A page of tasks reads the ledger for all of them at once, and agrees with the balance.
        var items = (await Client.SendAsync(Accepted, new { c = world.Community }, world.Verifier)).Task("gridTaskQueue")["items"]!.AsArray();
        var recorded = items.ToDictionary(t => Guid.Parse(t!.Text("id")), t => t!["recordedPoints"]!.GetValue<int>());
        Assert.Equal(ids.Select((id, i) => i < 6 ? points : 0), ids.Select(id => recorded[id]));
        Assert.Equal(await Client.BalanceAsync(world.VolunteerToken), recorded.Values.Sum());
    }

    [Fact]
    public async Task A_task_waiting_or_rejected_has_no_recorded_points()
    {
        var world = await GridWorld.CreateAsync(Client);
        var waiting = await Client.SubmittedAsync(world);
        var rejected = await Client.SubmittedAsync(world, "HAZARD_CHECK");

        Assert.Null((await Client.TaskAsync(world.Verifier, waiting))["recordedPoints"]);
        Assert.Null((await Client.RejectAsync(world.Verifier, rejected, "照片不是本社区")).Task("rejectGridTask")["recordedPoints"]);
    }
}
