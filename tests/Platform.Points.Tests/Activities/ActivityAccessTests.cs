using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Activities;

public sealed class ActivityAccessTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    public static TheoryData<int, int, string, string> BadActivities => new()
    {
        { 60, -10, "主题党日", "endsAt" },
        { -10, 60, " ", "title" },
    };

    [Theory]
    [MemberData(nameof(BadActivities))]
    public async Task Bad_activity_input_is_refused_with_the_field_and_nothing_is_scheduled(int startMinutes, int endMinutes, string title, string field)
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;

        var response = await Client.CreateActivityAsync(world.Secretary, world.Branch, now.AddMinutes(startMinutes), now.AddMinutes(endMinutes), title: title);

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Empty(await ActivitiesAsync(world.Secretary, world.Branch));
    }

    [Fact]
    public async Task A_secretary_schedules_only_for_their_own_branch()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var response = await Client.CreateActivityAsync(world.Secretary, world.OtherBranch, now, now.AddHours(1));
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Empty(await ActivitiesAsync(world.Admin, world.OtherBranch));
    }

    [Fact]
    public async Task An_unknown_branch_is_not_found()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(["NOT_FOUND"], (await Client.CreateActivityAsync(world.Admin, Guid.NewGuid(), now, now.AddHours(1))).ErrorCodes);
    }

    [Fact]
    public async Task Workers_see_their_branch_activities_but_not_the_check_in_code()
    {
        var world = await PointsWorld.CreateAsync(Client);
        await Client.OngoingActivityAsync(world.Secretary, world.Branch);

        var seen = (await Client.SendAsync("query($b: ID!) { points { activities(branchId: $b) { title } } }",
            new { b = world.Branch }, world.WorkerAToken)).Ok()["points"]!["activities"]!.AsArray();
        Assert.Single(seen);

        var code = await Client.SendAsync("query($b: ID!) { points { activities(branchId: $b) { checkInCode } } }",
            new { b = world.Branch }, world.WorkerAToken);
        Assert.Equal(["FORBIDDEN"], code.ErrorCodes);
        Assert.Null(code.Data);
        var otherBranch = await Client.SendAsync("query($b: ID!) { points { activities(branchId: $b) { title } } }",
            new { b = world.OtherBranch }, world.WorkerAToken);
        Assert.Equal(["FORBIDDEN"], otherBranch.ErrorCodes);
    }

    [Fact]
    public async Task Another_enterprise_cannot_see_a_worker_points_and_their_own_admin_can()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var otherEnterprise = await Client.EnterpriseAsync(world.Admin, $"顺达快递{Guid.NewGuid():N}"[..10], "EXPRESS");
        var outsider = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", otherEnterprise);
        var insider = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", world.Enterprise);
        const string query = "query($w: ID!) { points { workerPoints(workerId: $w) { balance } } }";

        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(query, new { w = world.WorkerA }, outsider)).ErrorCodes);
        Assert.Equal(0, (await Client.SendAsync(query, new { w = world.WorkerA }, insider)).Points()["workerPoints"]!["balance"]!.GetValue<int>());
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(query, new { w = world.WorkerB }, world.WorkerAToken)).ErrorCodes);
    }

    private async Task<System.Text.Json.Nodes.JsonArray> ActivitiesAsync(string token, Guid branch) =>
        (await Client.SendAsync("query($b: ID!) { points { activities(branchId: $b) { id } } }", new { b = branch }, token))
        .Points()["activities"]!.AsArray();
}
