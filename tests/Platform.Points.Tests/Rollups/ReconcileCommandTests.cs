using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host;
using Platform.Points.Ledger;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Rollups;

/// <summary><c>Platform.Host reconcile</c>, the operator's command, on the platform's database.</summary>
public sealed class ReconcileCommandTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task The_command_finds_a_clean_ledger_clean_and_names_each_difference_once_the_books_are_tampered_with()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        foreach (var (worker, points) in new[] { (world.WorkerA, 12), (world.WorkerB, 7), (world.WorkerA, -2) })
            (await platform.Client.SendAsync(PointsCalls.Adjust, new { w = worker, p = points, k = $"reconcile-{Guid.NewGuid():N}" }, world.Admin)).Ok();
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await platform.CaughtUpAsync();

        var clean = new StringWriter();
        Assert.Equal(0, await PlatformCommands.RunAsync("reconcile", [.. platform.Arguments], clean));
        Assert.Contains("clean.", clean.ToString());

        // An entry written behind the ledger's back: no event, so no balance, total or score follows it.
        await platform.ExecuteAsync($"""
            insert into {new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified}
              (key, seq, worker_id, kind, source_id, points, reason, category, enterprise_id, branch_id, occurred_at, awarded_at, by, month)
            values ($1, 0, $2, 'Adjustment', $3, 50, 'forged', 'Adjustment', $4, $5, now(), now(), 'nobody', '2026-11')
            """, $"forged:{Guid.NewGuid():N}", world.WorkerB, Guid.NewGuid(), world.Enterprise, world.Branch);
        var tampered = new StringWriter();
        Assert.Equal(1, await PlatformCommands.RunAsync("reconcile", [.. platform.Arguments], tampered));

        var lines = tampered.ToString();
        Assert.Contains($"WORKER {world.WorkerB}: ledger 57, recorded 7", lines);
        Assert.Contains($"LEADERBOARD {world.WorkerB}: ledger 57, recorded 7", lines);
        Assert.Contains($"BRANCH {world.Branch}: ledger 67, recorded 17", lines);
        Assert.Contains($"ENTERPRISE {world.Enterprise}: ledger 67, recorded 17", lines);
        Assert.DoesNotContain($"WORKER {world.WorkerA}", lines);
    }

    [Fact]
    public async Task An_unknown_command_is_refused_with_the_list_of_commands()
    {
        var output = new StringWriter();
        Assert.Equal(PlatformCommands.Unknown, await PlatformCommands.RunAsync("reconcle", [.. platform.Arguments], output));
        Assert.Contains("reconcile", output.ToString());
    }
}
