using System.Text.Json.Nodes;
using Platform.Testing;

namespace Platform.Points.Tests.Activities;

public sealed class CheckInTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_worker_checks_in_with_the_code_and_sees_the_points_and_where_they_came_from()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (activityId, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch, type: "SKILLS_COURSE");

        var checkIn = (await Client.SendAsync(PointsCalls.CheckIn, new { c = code.ToLowerInvariant() }, world.WorkerAToken)).Ok()["points"]!["checkIn"]!;
        Assert.Equal(12, checkIn["points"]!.GetValue<int>());
        Assert.Equal(world.WorkerA.ToString(), checkIn["workerId"]!.GetValue<string>());

        var mine = (await Client.SendAsync(PointsCalls.MyPoints, token: world.WorkerAToken)).Ok()["points"]!["myPoints"]!;
        Assert.Equal(12, mine["balance"]!.GetValue<int>());
        var entry = Assert.Single(mine["entries"]!["items"]!.AsArray())!;
        Assert.Equal("ACTIVITY", entry["source"]!.GetValue<string>());
        Assert.Equal(activityId.ToString(), entry["sourceId"]!.GetValue<string>());
        Assert.Equal("SkillsCourse", entry["category"]!.GetValue<string>());
        Assert.Contains("主题党日", entry["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_simultaneous_check_ins_count_once_and_each_gets_the_same_answer()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (_, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch, type: "BRANCH_MEETING");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken)));

        var bodies = answers.Select(a => a.Ok()["points"]!["checkIn"]!.ToJsonString()).Distinct().ToList();
        Assert.Single(bodies);
        var mine = (await Client.SendAsync(PointsCalls.MyPoints, token: world.WorkerAToken)).Ok()["points"]!["myPoints"]!;
        Assert.Equal(8, mine["balance"]!.GetValue<int>());
        Assert.Equal(1, mine["awards"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_check_in_and_the_secretary_confirmation_count_the_attendance_once()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (activityId, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch);

        var checkedIn = (await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken)).Ok()["points"]!["checkIn"]!;
        var confirmed = (await Client.SendAsync(
            "mutation($a: ID!, $w: ID!) { points { confirmAttendance(activityId: $a, workerId: $w) { sourceKey points awardedAt } } }",
            new { a = activityId, w = world.WorkerA }, world.Secretary)).Ok()["points"]!["confirmAttendance"]!;
        (await Client.SendAsync(
            "mutation($a: ID!, $w: ID!) { points { confirmAttendance(activityId: $a, workerId: $w) { points } } }",
            new { a = activityId, w = world.WorkerB }, world.Secretary)).Ok();

        Assert.Equal(checkedIn["sourceKey"]!.GetValue<string>(), confirmed["sourceKey"]!.GetValue<string>());
        Assert.Equal(checkedIn["awardedAt"]!.GetValue<string>(), confirmed["awardedAt"]!.GetValue<string>());
        Assert.Equal(10, await BalanceAsync(world.WorkerAToken));
        Assert.Equal(10, await BalanceAsync(world.WorkerBToken));
        var attendance = (await Client.SendAsync("query($a: ID!) { points { activity(id: $a) { attendance { workerId points } } } }",
            new { a = activityId }, world.Secretary)).Ok()["points"]!["activity"]!["attendance"]!.AsArray();
        Assert.Equal(2, attendance.Count);
    }

    [Fact]
    public async Task An_expired_code_is_refused_and_nothing_is_awarded()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var code = (await Client.CreateActivityAsync(world.Secretary, world.Branch, now.AddHours(-3), now.AddHours(-2), closes: now.AddHours(-1)))
            .Ok()["points"]!["createActivity"]!["checkInCode"]!.GetValue<string>();

        var response = await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken);

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal("EXPIRED", response.Errors![0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Equal(0, await BalanceAsync(world.WorkerAToken));
    }

    [Theory]
    [InlineData("ZZZZZZ", "NOT_FOUND")]
    [InlineData("12", "VALIDATION")]
    public async Task An_unknown_or_malformed_code_is_refused_and_nothing_is_awarded(string code, string error)
    {
        var world = await PointsWorld.CreateAsync(Client);
        var response = await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken);
        Assert.Equal([error], response.ErrorCodes);
        Assert.Equal(0, await BalanceAsync(world.WorkerAToken));
    }

    [Fact]
    public async Task Confirming_an_unknown_activity_or_worker_is_not_found()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (activityId, _) = await Client.OngoingActivityAsync(world.Secretary, world.Branch);
        const string confirm = "mutation($a: ID!, $w: ID!) { points { confirmAttendance(activityId: $a, workerId: $w) { points } } }";

        Assert.Equal(["NOT_FOUND"], (await Client.SendAsync(confirm, new { a = Guid.NewGuid(), w = world.WorkerA }, world.Secretary)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.SendAsync(confirm, new { a = activityId, w = Guid.NewGuid() }, world.Secretary)).ErrorCodes);
        Assert.Equal(0, await BalanceAsync(world.WorkerAToken));
    }

    [Fact]
    public async Task Only_a_worker_checks_in_and_only_for_themselves()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (_, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch);
        var response = await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.Secretary);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task Points_survive_a_restart_of_the_host()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (_, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch, type: "EDUCATION_UPGRADE");
        (await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken)).Ok();

        await platform.RestartAsync();

        Assert.Equal(20, await BalanceAsync(world.WorkerAToken));
        // A repeat after the restart is still the same attendance.
        (await platform.Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken)).Ok();
        Assert.Equal(20, await BalanceAsync(world.WorkerAToken));
    }

    private async Task<int> BalanceAsync(string workerToken)
    {
        var mine = (await platform.Client.SendAsync(PointsCalls.MyPoints, token: workerToken)).Ok()["points"]!["myPoints"]!;
        return mine["balance"]!.GetValue<int>();
    }
}
