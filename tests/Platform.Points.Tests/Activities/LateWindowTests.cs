using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Activities;

public sealed class LateWindowTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_check_in_before_the_start_is_on_time()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (_, code, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(20), now.AddHours(2));

        var checkIn = (await Client.SendAsync(RollCalls.CheckIn, new { c = code }, world.WorkerAToken)).Points()["checkIn"]!;

        Assert.False(checkIn["late"]!.GetValue<bool>());
        Assert.EndsWith("(check-in)", checkIn["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("late", await FlagsAsync(world.WorkerAToken));
    }

    [Fact]
    public async Task A_check_in_within_the_late_window_counts_and_is_marked_late_on_the_roll_and_the_award()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (activity, code, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(-5), now.AddHours(2));

        var checkIn = (await Client.SendAsync(RollCalls.CheckIn, new { c = code }, world.WorkerAToken)).Points()["checkIn"]!;

        Assert.True(checkIn["late"]!.GetValue<bool>());
        Assert.Equal(10, checkIn["points"]!.GetValue<int>());
        Assert.EndsWith("(late check-in)", checkIn["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("late", await FlagsAsync(world.WorkerAToken));
        var line = (await Client.RollAsync(world.Secretary, activity)).Of(world.WorkerA);
        Assert.Equal(("ATTENDED", true), (line["status"]!.GetValue<string>(), line["late"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task After_the_default_15_minute_window_check_in_is_closed_and_nothing_is_awarded()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var start = DateTimeOffset.UtcNow.AddMinutes(-20);
        var (activity, code, created) = await Client.ScheduleAsync(world.Secretary, world.Branch, start, start.AddHours(2));
        Assert.Equal(15, created["lateCheckInMinutes"]!.GetValue<int>());
        Assert.Equal(start.AddMinutes(15), created["checkInClosesAt"]!.GetValue<DateTimeOffset>(), TimeSpan.FromSeconds(1));

        var response = await Client.SendAsync(RollCalls.CheckIn, new { c = code }, world.WorkerAToken);

        response.AssertRefused("VALIDATION", "EXPIRED", "code");
        Assert.Equal(0, await Client.BalanceAsync(world.WorkerAToken));
        Assert.Empty(await Client.RollAsync(world.Secretary, activity));
    }

    [Fact]
    public async Task A_longer_late_window_set_for_the_activity_still_admits_a_late_check_in()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (_, code, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(-20), now.AddHours(2), new(LateCheckInMinutes: 30));

        Assert.True((await Client.SendAsync(RollCalls.CheckIn, new { c = code }, world.WorkerAToken)).Points()["checkIn"]!["late"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_bad_late_window_is_refused_with_its_field()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        foreach (var options in new ActivityOptions[] { new(LateCheckInMinutes: -1), new(LateCheckInMinutes: 1441), new(LateCheckInMinutes: 10, CheckInClosesAt: now.AddHours(3)) })
        {
            var response = await Client.CreateAsync(world.Secretary, world.Branch, now, now.AddHours(2), options);
            response.AssertRefused("VALIDATION", field: "lateCheckInMinutes");
        }
    }

    private async Task<List<string>> FlagsAsync(string token) =>
        [.. (await Client.SendAsync("{ points { myPoints { entries { items { flags } } } } }", token: token))
            .Points()["myPoints"]!["entries"]!["items"]!.AsArray().SelectMany(e => e!["flags"]!.AsArray().Select(f => f!.GetValue<string>()))];
}
