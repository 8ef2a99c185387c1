using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Activities;

public sealed class QrCheckInTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task The_organiser_shows_a_qr_payload_and_a_worker_checks_in_with_it()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (activity, code, created) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(10), now.AddHours(2));
        var qr = created["checkInQr"]!.GetValue<string>();

        Assert.StartsWith($"jufeng://check-in?code={code}&activity={activity}&expires=", qr, StringComparison.Ordinal);
        var checkIn = (await Client.SendAsync(RollCalls.CheckIn, new { c = qr }, world.WorkerAToken)).Points()["checkIn"]!;
        Assert.Equal(10, checkIn["points"]!.GetValue<int>());
        Assert.Equal(10, await Client.BalanceAsync(world.WorkerAToken));
    }

    [Theory]
    [InlineData("jufeng://check-in?code={code}&activity={other}", "MISMATCH")]
    [InlineData("jufeng://check-in?activity={activity}", "MALFORMED")]
    [InlineData("jufeng://check-in?code={code}&activity=not-an-id", "MALFORMED")]
    public async Task A_payload_that_does_not_hold_together_is_refused_and_nothing_is_awarded(string payload, string reason)
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (activity, code, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(10), now.AddHours(2));
        var (other, _, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(10), now.AddHours(2));

        var response = await Client.SendAsync(RollCalls.CheckIn,
            new { c = payload.Replace("{code}", code).Replace("{activity}", activity.ToString()).Replace("{other}", other.ToString()) }, world.WorkerAToken);

        response.AssertRefused("VALIDATION", reason, "code");
        Assert.Equal(0, await Client.BalanceAsync(world.WorkerAToken));
    }

    [Fact]
    public async Task Workers_cannot_read_the_qr_payload()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        var (activity, _, _) = await Client.ScheduleAsync(world.Secretary, world.Branch, now.AddMinutes(10), now.AddHours(2));
        var response = await Client.SendAsync("query($a: ID!) { points { activity(id: $a) { checkInQr } } }", new { a = activity }, world.WorkerAToken);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }
}
