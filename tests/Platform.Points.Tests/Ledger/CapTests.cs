using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Testing;

namespace Platform.Points.Tests.Ledger;

/// <summary>"Only the first N count": the worker's grain counts a cap's earning awards per programme period.</summary>
public sealed class CapTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private static readonly AwardCap ThreeADay = new("report.traffic", 3, CapPeriod.Day);

    [Fact]
    public async Task Past_the_cap_an_award_is_recorded_with_no_points_and_says_why_and_the_next_day_counts_again()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        var grain = Grains.GetGrain<IWorkerPointsGrain>(world.WorkerA);
        // 23:30 and 23:50 UTC on the 1st are the 2nd in Shanghai: one programme day with the 2nd's noon.
        var day = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);

        var awards = new List<Award>();
        foreach (var at in new[] { day, day.AddMinutes(20), day.AddHours(12), day.AddHours(13), day.AddHours(14) })
            awards.Add(await grain.AwardAsync(Request(world, at)));
        var nextDay = await grain.AwardAsync(Request(world, day.AddHours(25)));

        Assert.Equal([5, 5, 5, 0, 0], awards.Select(a => a.Points));
        Assert.Contains("only the first 3 per day count", awards[3].Reason);
        Assert.Equal(5, nextDay.Points);
        Assert.Equal(20, await BalanceAsync(world.WorkerA));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Concurrent_awards_never_pass_the_cap_and_a_new_activation_counts_from_the_ledger(bool recent)
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        var at = recent ? RecentDay() : new DateTimeOffset(2026, 4, 8, 2, 0, 0, TimeSpan.Zero);

        var awards = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Grains.GetGrain<IWorkerPointsGrain>(world.WorkerB).AwardAsync(Request(world, at.AddMinutes(i)))));
        await platform.RestartAsync();
        var afterRestart = await Grains.GetGrain<IWorkerPointsGrain>(world.WorkerB).AwardAsync(Request(world, at.AddHours(3)));

        Assert.Equal(3, awards.Count(a => a.Points > 0));
        Assert.Equal(0, afterRestart.Points);
        Assert.Equal(15, await BalanceAsync(world.WorkerB));
    }

    [Fact]
    public async Task A_retried_award_is_answered_with_its_first_record_and_does_not_use_the_cap_again()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        var at = new DateTimeOffset(2026, 5, 5, 4, 0, 0, TimeSpan.Zero);
        var grain = Grains.GetGrain<IWorkerPointsGrain>(world.WorkerA);
        var first = Request(world, at);

        var awards = await grain.AwardManyAsync([first, first, Request(world, at.AddMinutes(1)), first]);
        var retry = await grain.AwardAsync(first);
        var third = await grain.AwardAsync(Request(world, at.AddMinutes(2)));
        var fourth = await grain.AwardAsync(Request(world, at.AddMinutes(3)));

        Assert.Equal([false, true, false, true], awards.Select(a => a.IsRepeat));
        Assert.True(retry.IsRepeat);
        Assert.Equal(awards[0] with { IsRepeat = true }, retry);
        Assert.Equal((5, 0), (third.Points, fourth.Points));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_reversed_award_gives_its_place_under_the_cap_back(bool recent)
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        var at = recent ? RecentDay() : new DateTimeOffset(2026, 6, 9, 3, 0, 0, TimeSpan.Zero);
        var grain = Grains.GetGrain<IWorkerPointsGrain>(world.WorkerB);
        var first = await grain.AwardAsync(Request(world, at));
        await grain.AwardAsync(Request(world, at.AddMinutes(1)));
        await grain.AwardAsync(Request(world, at.AddMinutes(2)));

        await grain.ReverseAsync(new ReversalRequest(first.SourceKey, "核实为误报", "test"));
        var afterReversal = await grain.AwardAsync(Request(world, at.AddMinutes(3)));
        await platform.RestartAsync();
        var afterRestart = await Grains.GetGrain<IWorkerPointsGrain>(world.WorkerB).AwardAsync(Request(world, at.AddMinutes(4)));

        Assert.Equal((5, 0), (afterReversal.Points, afterRestart.Points));
        Assert.Equal(15, await BalanceAsync(world.WorkerB));
    }

    [Fact]
    public async Task A_new_activation_reads_recent_slots_at_once_and_an_older_slot_on_its_own()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        var (recent, old) = (RecentDay(), RecentDay() - CapCounts.Recent - TimeSpan.FromDays(40));
        foreach (var at in new[] { recent, recent.AddMinutes(1), old, old.AddMinutes(1), old.AddMinutes(2) })
            await Grains.GetGrain<IWorkerPointsGrain>(world.WorkerA).AwardAsync(Request(world, at));

        await platform.RestartAsync();
        var grain = Grains.GetGrain<IWorkerPointsGrain>(world.WorkerA);
        // The first count reads the recent slots; the old slot, full, is read when an award needs it.
        var awards = new List<Award>();
        foreach (var at in new[] { recent.AddMinutes(2), old.AddMinutes(3), recent.AddMinutes(3), recent.AddDays(1) })
            awards.Add(await grain.AwardAsync(Request(world, at)));

        Assert.Equal([5, 0, 0, 5], awards.Select(a => a.Points));
    }

    /// <summary>Ten days ago at 10:00 in Shanghai: well inside the months a new activation reads at once.</summary>
    private static DateTimeOffset RecentDay() => new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero).AddDays(-10).AddHours(2);

    private IGrainFactory Grains => platform.Services.GetRequiredService<IGrainFactory>();

    private static AwardRequest Request(PointsWorld world, DateTimeOffset at) => new(
        $"cap-test:{Guid.NewGuid():N}", SourceKind.Report, Guid.NewGuid(), 5, "交通隐患举报", "Traffic", world.Enterprise, world.Branch, at,
        "test", new AppliedRule("report.traffic", "test"), ThreeADay, ["night"]);

    private async Task<int> BalanceAsync(Guid worker) => (await platform.BalanceOfAsync(worker)).Balance;
}
