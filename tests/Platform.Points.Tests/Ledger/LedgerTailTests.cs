using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Ledger;

/// <summary>
/// One host of a cluster follows the ledger at a time: the holder of the tail's advisory lock. A
/// database of its own, since the test takes the lock away from the platform's tail.
/// </summary>
public sealed class LedgerTailTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task A_host_that_loses_its_turn_folds_nothing_while_another_holds_it_and_takes_it_back_once_let_go()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await AdjustAsync(world, 5);
        await platform.CaughtUpAsync();
        var before = await BranchTotalAsync(world);

        // Another host: the platform's turn ends with its connection, and the other takes the lock first.
        await using var other = await platform.OpenAsync();
        while (true)
        {
            await platform.ExecuteAsync("""
                select pg_terminate_backend(pid) from pg_locks
                where locktype = 'advisory' and objid = (hashtext($1)::bigint & 4294967295)::oid and pid <> pg_backend_pid()
                """, LedgerTail.LockName);
            await using var take = new Npgsql.NpgsqlCommand("select pg_try_advisory_lock(hashtext($1))", other) { Parameters = { new() { Value = LedgerTail.LockName } } };
            if ((bool)(await take.ExecuteScalarAsync())!) break;
        }

        await AdjustAsync(world, 7);
        var sequence = await platform.ScalarAsync<long>($"select max(seq) from {Entries()}");
        // Once the daemon's high-water mark has passed the award, a host with the turn folds it at its next look.
        while (await PositionAsync(LedgerPages.HighWaterMark) < sequence) await Task.Delay(50);
        for (var look = 0; look < 3; look++)
        {
            await Task.Delay(Poll());
            Assert.True(await PositionAsync(LedgerTail.PositionName) < sequence);
        }
        Assert.Equal(before, await BranchTotalAsync(world));

        await other.CloseAsync();
        await platform.CaughtUpAsync();
        Assert.Equal(before + 7, await BranchTotalAsync(world));
    }

    private async Task AdjustAsync(PointsWorld world, int points) =>
        (await platform.Client.SendAsync(PointsCalls.Adjust, new { w = world.WorkerA, p = points, k = $"tail-{Guid.NewGuid():N}" }, world.Admin)).Ok();

    private async Task<int> BranchTotalAsync(PointsWorld world) =>
        (await platform.Client.SendAsync("query($id: ID!) { points { branchPoints(branchId: $id) { balance } } }", new { id = world.Branch }, world.Admin))
        .Points()["branchPoints"]!["balance"]!.GetValue<int>();

    private Task<long> PositionAsync(string name) => platform.ScalarAsync<long>(
        $"select coalesce((select last_seq_id from {Store().Options.Events.DatabaseSchemaName}.mt_event_progression where name = $1), 0)", name);

    private string Entries() => new LedgerEntryTable(Store().Options.DatabaseSchemaName).Qualified;

    private TimeSpan Poll() => ((StoreOptions)Store().Options).Projections.FastPollingTime;

    private IDocumentStore Store() => platform.Services.GetRequiredService<IDocumentStore>();
}
