using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Rollups;

/// <summary>
/// Ledger events written before awards carried their programme month. A database of its own: the
/// event is appended without an entry, which reconciliation would rightly report.
/// </summary>
public sealed class LegacyAwardTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task An_award_recorded_before_awards_carried_a_month_counts_in_the_programme_month_it_happened_in()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        // The 1st of November in Shanghai, still October in UTC.
        var happened = new DateTimeOffset(2026, 10, 31, 17, 30, 0, TimeSpan.Zero);
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Events.Append(LedgerStream.For(world.WorkerA), new PointsAwarded(world.WorkerA, $"legacy:{Guid.NewGuid():N}", SourceKind.Adjustment,
                Guid.NewGuid(), 5, "Recorded by an early version", "Adjustment", world.Enterprise, world.Branch, happened, Month: null!));
            await session.SaveChangesAsync();
        }

        // The boards' follower shares the subscription: had it failed on the event, the daemon would not catch up.
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var totals = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IBranchPointsGrain>(world.Branch).GetAsync();
        Assert.Equal(5, totals.ByMonth["2026-11"]);
        Assert.False(totals.ByMonth.ContainsKey("2026-10"));
    }
}
