using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Activities;

/// <summary>Registration before the start and the closed roll after the end: the activities' clock is moved past the end, nothing sleeps.</summary>
public sealed class RollTests(MovableClockPlatform platform) : IClassFixture<MovableClockPlatform>, IDisposable
{
    private GraphQLClient Client => platform.Client;

    public void Dispose() => platform.Time.Shift = TimeSpan.Zero;

    [Fact]
    public async Task Closing_the_roll_records_registered_and_named_absentees_as_no_shows_without_points()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (invited, invitedToken) = await Client.WorkerWithAccountAsync(world.Admin, "王小明", world.Enterprise, world.Branch);
        var now = DateTimeOffset.UtcNow;
        var (activity, code, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(20), now.AddMinutes(40));
        (await Client.SendAsync(RollCalls.Register, new { a = activity }, world.WorkerAToken)).Ok();
        (await Client.SendAsync(RollCalls.Register, new { a = activity }, world.WorkerBToken)).Ok();
        (await Client.SendAsync(RollCalls.CheckIn, new { c = code }, world.WorkerAToken)).Ok();

        platform.Time.Shift = TimeSpan.FromHours(1);
        var closed = (await Client.SendAsync(RollCalls.Close, new { a = activity, n = new[] { invited }, r = "活动结束，点名" }, world.Secretary))
            .Points()["closeAttendance"]!;

        Assert.NotNull(closed["rollClosedAt"]);
        var roll = await Client.RollAsync(world.Secretary, activity);
        Assert.Equal(3, roll.Count);
        Assert.Equal("ATTENDED", roll.Of(world.WorkerA)["status"]!.GetValue<string>());
        Assert.Equal("NO_SHOW", roll.Of(world.WorkerB)["status"]!.GetValue<string>());
        Assert.Equal("活动结束，点名", roll.Of(world.WorkerB)["noShowReason"]!.GetValue<string>());
        Assert.Equal("NO_SHOW", roll.Of(invited)["status"]!.GetValue<string>());
        Assert.Equal("林美玲", roll.Of(world.WorkerB)["workerName"]!.GetValue<string>());
        Assert.Equal(10, roll.Of(world.WorkerA)["recordedPoints"]!.GetValue<int>());
        Assert.Null(roll.Of(world.WorkerB)["recordedPoints"]);
        var mine = (await Client.SendAsync("query($a: ID!) { points { activity(id: $a) { myAttendance { status noShowAt recordedPoints } } } }",
            new { a = activity }, world.WorkerBToken)).Points()["activity"]!["myAttendance"]!;
        Assert.Equal("NO_SHOW", mine["status"]!.GetValue<string>());
        Assert.Null(mine["recordedPoints"]);
        Assert.Equal(0, await Client.BalanceAsync(world.WorkerBToken));
        Assert.Equal(0, await Client.BalanceAsync(invitedToken));
        Assert.Equal(10, await Client.BalanceAsync(world.WorkerAToken));
    }

    [Fact]
    public async Task A_closed_roll_is_closed_once_and_takes_no_more_confirmations()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (activity, _, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(20), now.AddMinutes(40));
        (await Client.SendAsync(RollCalls.Register, new { a = activity }, world.WorkerBToken)).Ok();
        platform.Time.Shift = TimeSpan.FromHours(1);
        (await Client.SendAsync(RollCalls.Close, new { a = activity, r = "活动结束" }, world.Secretary)).Ok();

        (await Client.SendAsync(RollCalls.Close, new { a = activity, r = "再次点名" }, world.Secretary)).AssertRefused("CONFLICT", "ALREADY_CLOSED");
        (await Client.SendAsync(RollCalls.Confirm, new { a = activity, w = world.WorkerB }, world.Secretary)).AssertRefused("CONFLICT", "ROLL_CLOSED");
        Assert.Equal(0, await Client.BalanceAsync(world.WorkerBToken));
        Assert.Equal("NO_SHOW", (await Client.RollAsync(world.Secretary, activity)).Of(world.WorkerB)["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_closing_requests_are_refused_and_leave_the_roll_open()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var otherSecretary = await Client.UserWithRoleAsync(world.Admin, "SECRETARY", world.OtherBranch);
        var now = DateTimeOffset.UtcNow;
        var (activity, code, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(20), now.AddMinutes(40));
        (await Client.SendAsync(RollCalls.CheckIn, new { c = code }, world.WorkerAToken)).Ok();

        (await Client.SendAsync(RollCalls.Close, new { a = activity, r = "太早了" }, world.Secretary)).AssertRefused("VALIDATION", "NOT_ENDED", "activityId");
        platform.Time.Shift = TimeSpan.FromHours(1);
        (await Client.SendAsync(RollCalls.Close, new { a = activity, r = "别的支部" }, otherSecretary)).AssertRefused("FORBIDDEN");
        (await Client.SendAsync(RollCalls.Close, new { a = activity, r = "工人" }, world.WorkerAToken)).AssertRefused("FORBIDDEN");
        (await Client.SendAsync(RollCalls.Close, new { a = activity, r = " " }, world.Secretary)).AssertRefused("VALIDATION", field: "reason");
        (await Client.SendAsync(RollCalls.Close, new { a = activity, n = new[] { world.WorkerA }, r = "点名" }, world.Secretary))
            .AssertRefused("VALIDATION", "ATTENDED", "noShows");
        (await Client.SendAsync(RollCalls.Close, new { a = activity, n = new[] { Guid.NewGuid() }, r = "点名" }, world.Secretary))
            .AssertRefused("NOT_FOUND", field: "noShows");
        (await Client.SendAsync(RollCalls.Close, new { a = Guid.NewGuid(), r = "点名" }, world.Secretary)).AssertRefused("NOT_FOUND");

        var state = (await Client.SendAsync(RollCalls.Roll, new { a = activity }, world.Secretary)).Points()["activity"]!;
        Assert.Null(state["rollClosedAt"]);
        Assert.Single(state["roll"]!.AsArray());
    }

    [Fact]
    public async Task Workers_register_only_for_their_own_branch_and_only_before_the_start()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (elsewhere, _, _) = await Client.ScheduleAsync(world.Admin, world.OtherBranch, now.AddMinutes(20), now.AddHours(1));
        var (started, _, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(-5), now.AddHours(1));

        (await Client.SendAsync(RollCalls.Register, new { a = elsewhere }, world.WorkerAToken)).AssertRefused("FORBIDDEN");
        (await Client.SendAsync(RollCalls.Register, new { a = started }, world.WorkerAToken)).AssertRefused("VALIDATION", "STARTED", "activityId");
        (await Client.SendAsync(RollCalls.Register, new { a = Guid.NewGuid() }, world.WorkerAToken)).AssertRefused("NOT_FOUND", field: "activityId");
        (await Client.SendAsync(RollCalls.Register, new { a = started }, world.Secretary)).AssertRefused("FORBIDDEN");
        Assert.Empty(await Client.RollAsync(world.Admin, started));
    }
}
