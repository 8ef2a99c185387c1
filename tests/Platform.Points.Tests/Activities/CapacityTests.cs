using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Activities;

public sealed class CapacityTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Twenty_workers_checking_in_at_once_into_five_places_make_exactly_five_attendances()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var workers = new List<(Guid Id, string Token)>();
        for (var i = 0; i < 20; i++) workers.Add(await Client.WorkerWithAccountAsync(world.Admin, $"骑手{"甲乙丙丁戊己庚辛壬癸"[i % 10]}{"东西"[i / 10]}", world.Enterprise, world.Branch));
        var now = DateTimeOffset.UtcNow;
        var (activity, code, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(20), now.AddHours(2), new(MaxAttendees: 5));

        var answers = await Task.WhenAll(workers.Select(w => Client.SendAsync(RollCalls.CheckIn, new { c = code }, w.Token)));

        Assert.Equal(5, answers.Count(a => a.Errors is null));
        var refused = answers.Where(a => a.Errors is not null).ToList();
        Assert.Equal(15, refused.Count);
        Assert.All(refused, r => r.AssertRefused("CONFLICT", "FULL"));
        var roll = await Client.RollAsync(world.Secretary, activity);
        Assert.Equal(5, roll.Count);
        Assert.All(roll, r => Assert.Equal("ATTENDED", r!["status"]!.GetValue<string>()));
        var attendance = (await Client.SendAsync("query($a: ID!) { points { activity(id: $a) { seatsTaken attendance { workerId } } } }",
            new { a = activity }, world.Secretary)).Points()["activity"]!;
        Assert.Equal(5, attendance["attendance"]!.AsArray().Count);
        Assert.Equal(5, attendance["seatsTaken"]!.GetValue<int>());
    }

    [Fact]
    public async Task Registrations_take_the_seats_and_the_secretary_may_still_confirm_beyond_capacity()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (activity, code, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(20), now.AddHours(2), new(MaxAttendees: 1));

        var registered = (await Client.SendAsync(RollCalls.Register, new { a = activity }, world.WorkerAToken)).Points()["registerForActivity"]!;
        Assert.Equal("REGISTERED", registered["status"]!.GetValue<string>());
        var again = (await Client.SendAsync(RollCalls.Register, new { a = activity }, world.WorkerAToken)).Points()["registerForActivity"]!;
        Assert.Equal(registered.ToJsonString(), again.ToJsonString());

        var full = await Client.SendAsync(RollCalls.Register, new { a = activity }, world.WorkerBToken);
        full.AssertRefused("CONFLICT", "FULL", "activityId");
        var fullAtTheDoor = await Client.SendAsync(RollCalls.CheckIn, new { c = code }, world.WorkerBToken);
        fullAtTheDoor.AssertRefused("CONFLICT", "FULL");
        Assert.Equal(0, await Client.BalanceAsync(world.WorkerBToken));

        // The registered worker's check-in uses the seat they hold; the secretary's word is not refused.
        Assert.False((await Client.SendAsync(RollCalls.CheckIn, new { c = code }, world.WorkerAToken)).Points()["checkIn"]!["late"]!.GetValue<bool>());
        (await Client.SendAsync(RollCalls.Confirm, new { a = activity, w = world.WorkerB }, world.Secretary)).Ok();

        var roll = await Client.RollAsync(world.Secretary, activity);
        Assert.NotNull(roll.Of(world.WorkerA)["registeredAt"]);
        Assert.NotNull(roll.Of(world.WorkerA)["checkedInAt"]);
        Assert.NotNull(roll.Of(world.WorkerB)["confirmedAt"]);
        Assert.Equal(10, await Client.BalanceAsync(world.WorkerBToken));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public async Task A_capacity_outside_1_to_10000_is_refused_and_nothing_is_scheduled(int max)
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var response = await Client.CreateAsync(world.Secretary, world.Branch, now, now.AddHours(1), new(MaxAttendees: max));
        response.AssertRefused("VALIDATION", field: "maxAttendees");
        Assert.Empty((await Client.SendAsync("query($b: ID!) { points { activities(branchId: $b) { id } } }", new { b = world.Branch }, world.Secretary))
            .Points()["activities"]!.AsArray());
    }
}
