using Platform.Points.Tests.GridTasks;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Rules;

/// <summary>A rules file in which patrols earn 12 and hazard checks earned only in 2020.</summary>
public sealed class GridRulesPlatform() : RulesFilePlatform("""
    version: "grid-test.3"
    rules:
      - { id: activity-theme-day, source: Activity, type: ThemeDay, points: 9 }
      - { id: patrol, source: GridTask, type: Patrol, points: 12, cap: { count: 6, per: day, group: grid-daily } }
      - { id: hazard-2020, source: GridTask, type: HazardCheck, points: 8, validFrom: 2020-01-01, validTo: 2020-12-31 }
    """);

public sealed class RuleAwardTests(GridRulesPlatform platform) : IClassFixture<GridRulesPlatform>
{
    private GraphQLClient Client => platform.Client;

    private const string Entries = "{ points { myPoints { balance entries { items { source points category rule ruleVersion flags } } } } }";

    [Fact]
    public async Task Attendance_earns_the_rule_of_the_activity_type_and_records_the_rule_and_its_version()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (activityId, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch);

        var shown = (await Client.SendAsync("query($id: ID!) { points { activity(id: $id) { points } } }", new { id = activityId }, world.Secretary))
            .Points()["activity"]!["points"]!.GetValue<int>();
        Assert.Equal(9, shown);
        Assert.Equal(9, (await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken)).Points()["checkIn"]!["points"]!.GetValue<int>());

        var entry = (await Client.SendAsync(Entries, token: world.WorkerAToken)).Points()["myPoints"]!["entries"]!["items"]![0]!;
        Assert.Equal("activity-theme-day", entry["rule"]!.GetValue<string>());
        Assert.Equal("grid-test.3", entry["ruleVersion"]!.GetValue<string>());
        Assert.Empty(entry["flags"]!.AsArray());
    }

    [Fact]
    public async Task An_activity_type_no_rule_covers_is_refused_when_scheduled()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;

        var response = await Client.CreateActivityAsync(world.Secretary, world.Branch, now, now.AddHours(1), "TRAINING");

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal("type", response.Field());
        Assert.Contains("No rule", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_grid_task_earns_its_rule_and_records_it_and_outside_every_window_it_earns_nothing()
    {
        var world = await GridWorld.CreateAsync(Client);
        var patrol = await Client.SubmittedAsync(world, "PATROL");
        var hazard = await Client.SubmittedAsync(world, "HAZARD_CHECK");

        var accepted = (await Client.AcceptAsync(world.Verifier, patrol)).Task("acceptGridTask");
        var unpaid = (await Client.AcceptAsync(world.Verifier, hazard)).Task("acceptGridTask");

        Assert.Equal(12, accepted["decision"]!["points"]!.GetValue<int>());
        Assert.Equal("ACCEPTED", unpaid.Text("status"));
        Assert.Equal(0, unpaid["decision"]!["points"]!.GetValue<int>());
        var mine = (await Client.SendAsync(Entries, token: world.VolunteerToken)).Points()["myPoints"]!;
        Assert.Equal(12, mine["balance"]!.GetValue<int>());
        var entry = Assert.Single(mine["entries"]!["items"]!.AsArray())!;
        Assert.Equal(("patrol", "grid-test.3", "Patrol"), (entry["rule"]!.GetValue<string>(), entry["ruleVersion"]!.GetValue<string>(), entry["category"]!.GetValue<string>()));
    }
}
