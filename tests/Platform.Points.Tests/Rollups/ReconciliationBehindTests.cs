using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Rollups;
using Platform.Points.Tests.Leaderboards;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Rollups;

/// <summary>
/// Reconciliation on a host whose daemon runs elsewhere (here: nowhere), so the totals and boards
/// are behind the ledger: each is compared with the ledger up to what it has counted.
/// </summary>
public sealed class ReconciliationBehindTests(DaemonElsewherePlatform platform) : IClassFixture<DaemonElsewherePlatform>
{
    // Reconciliation compares balances; the month a delta names does not matter here.
    private const string Month = "2026-11";

    private const string Report = "{ points { reconciliation { clean pending differences { scope id ledger recorded } } } }";

    [Fact]
    public async Task Totals_and_boards_that_are_only_behind_are_clean_and_the_uncounted_events_are_told()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 6);
        await platform.Client.AwardAsync(world.Admin, world.WorkerB, 4);

        var report = await ReportAsync(world.Admin);

        Assert.True(report["clean"]!.GetValue<bool>(), report.ToJsonString());
        Assert.True(report["pending"]!.GetValue<int>() >= 2, report.ToJsonString());
    }

    [Fact]
    public async Task A_total_that_skipped_an_event_it_has_passed_differs_and_one_that_counted_ahead_of_the_daemon_does_not()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        var first = (await platform.LedgerEventAsync(await platform.Client.AwardAsync(world.Admin, world.WorkerA, 6))).Sequence;
        var second = (await platform.LedgerEventAsync(await platform.Client.AwardAsync(world.Admin, world.WorkerB, 4))).Sequence;
        var grains = platform.Services.GetRequiredService<IGrainFactory>();

        // The branch counted both, as a page still committing would have; the enterprise skipped the first.
        await grains.GetGrain<IBranchPointsGrain>(world.Branch).AsReference<IRollupGrain>()
            .ApplyAsync([new RollupDelta(first, 6, "Honour", Month), new RollupDelta(second, 4, "Honour", Month)], 0);
        await grains.GetGrain<IEnterprisePointsGrain>(world.Enterprise).AsReference<IRollupGrain>()
            .ApplyAsync([new RollupDelta(second, 4, "Honour", Month)], 0);

        var differences = (await ReportAsync(world.Admin))["differences"]!.AsArray();

        var difference = Assert.Single(differences, d => d!["id"]!.GetValue<string>() == world.Enterprise.ToString())!;
        Assert.Equal(("ENTERPRISE", 10, 4), (difference["scope"]!.GetValue<string>(), difference["ledger"]!.GetValue<int>(), difference["recorded"]!.GetValue<int>()));
        Assert.DoesNotContain(differences, d => d!["id"]!.GetValue<string>() == world.Branch.ToString());
    }

    private async Task<JsonNode> ReportAsync(string admin) => (await platform.Client.SendAsync(Report, token: admin)).Points()["reconciliation"]!;
}
