using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Points.Rollups;
using Platform.Points.Tests.Leaderboards;

namespace Platform.Points.Tests.Rollups;

/// <summary>
/// The totals apply pages in memory and write when the tail asks. A follower driven by hand, on a
/// platform whose own tail is off (its daemon runs elsewhere), with pages made up for the test:
/// the grains and their storage are the platform's.
/// </summary>
public sealed class TotalsWriteTests(DaemonElsewherePlatform platform) : IClassFixture<DaemonElsewherePlatform>
{
    private const string Month = "2026-11";

    [Fact]
    public async Task Pages_are_applied_in_memory_and_each_touched_total_is_written_once_when_the_tail_asks()
    {
        var (follower, branch) = (NewFollower(), Guid.NewGuid());
        var writes = await WritesAsync();

        await follower.FollowAsync(Page(0, 10, Change(5, 3, branch)), default);
        await follower.FollowAsync(Page(10, 20, Change(15, 4, branch)), default);
        await follower.FollowAsync(Page(20, 30, Change(25, 5, branch)), default);

        Assert.Equal((12, 25L), await TotalsAsync(branch));
        Assert.Equal(writes, await WritesAsync());
        await follower.WriteAsync(default);
        Assert.Equal(writes + 1, await WritesAsync());
        await follower.WriteAsync(default);
        Assert.Equal(writes + 1, await WritesAsync());
    }

    [Fact]
    public async Task A_total_reloaded_with_less_than_it_was_handed_refuses_more_until_the_tail_hands_it_everything_after_its_written_position()
    {
        var (follower, branch) = (NewFollower(), Guid.NewGuid());
        await follower.FollowAsync(Page(0, 10, Change(5, 3, branch)), default);
        await follower.WriteAsync(default);
        await follower.FollowAsync(Page(10, 20, Change(15, 4, branch)), default);

        await LoseWhatWasNotWrittenAsync();

        Assert.Equal((3, 5L), await TotalsAsync(branch));
        await Assert.ThrowsAnyAsync<Exception>(() => follower.WriteAsync(default));
        await Assert.ThrowsAnyAsync<Exception>(() => follower.FollowAsync(Page(20, 30, Change(25, 5, branch)), default));
        Assert.Equal((3, 5L), await TotalsAsync(branch));

        // The tail starts again from its written position (10).
        await follower.FollowAsync(Page(10, 30, Change(15, 4, branch), Change(25, 5, branch)), default);
        await follower.WriteAsync(default);
        Assert.Equal((12, 25L), await TotalsAsync(branch));
    }

    /// <summary>
    /// A host's death as the totals see it: their activations go without writing. Here their
    /// storage rows change behind them, so the writes on deactivation fail, and the next call
    /// reloads what was last written.
    /// </summary>
    private async Task LoseWhatWasNotWrittenAsync()
    {
        await platform.ExecuteAsync("update orleans.orleansstorage set version = version + 1 where graintypestring = 'branchTotals'");
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
    }

    private RollupFollower NewFollower()
    {
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        return new RollupFollower(platform.Services.GetRequiredService<IGrainFactory>(), store, new LedgerPages(store));
    }

    private static ChangePage Page(long floor, long ceiling, params LedgerChange[] changes) => new(changes, floor, ceiling, Full: false);

    private static LedgerChange Change(long sequence, int points, Guid branch) =>
        new(sequence, Guid.NewGuid(), SourceKind.Adjustment, Guid.NewGuid(), points, "Adjustment", branch, null, Month, IsReversal: false);

    private async Task<(int Balance, long LastSequence)> TotalsAsync(Guid branch)
    {
        var totals = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IBranchPointsGrain>(branch).GetAsync();
        return (totals.Balance, totals.LastSequence);
    }

    /// <summary>Every write of a branch's totals in this database: each raises its row's version by one (a new row starts at one).</summary>
    private Task<long> WritesAsync() =>
        platform.ScalarAsync<long>("select coalesce(sum(version), 0) from orleans.orleansstorage where graintypestring = 'branchTotals'");
}
