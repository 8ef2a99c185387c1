using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Ledger;

/// <summary>A database from before balances had a table of their own gets every worker's balance back from the ledger.</summary>
public sealed class BalanceUpgradeTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string Adjust = """
        mutation($w: ID!, $p: Int!, $k: String!) { points { adjustPoints(workerId: $w, points: $p, reason: "Helped at the warm station", idempotencyKey: $k) { sourceKey } } }
        """;

    [Fact]
    public async Task Balances_kept_as_documents_are_built_from_the_ledger_and_the_documents_table_goes()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        foreach (var (worker, points) in new[] { (world.WorkerA, 9), (world.WorkerA, -2), (world.WorkerB, 4) })
            await platform.Client.SendAsync(Adjust, new { w = worker, p = points, k = $"upgrade-{Guid.NewGuid():N}" }, world.Admin);
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var upgrade = platform.Services.GetRequiredService<BalanceUpgrade>();
        var table = new BalanceTable(store.Options.DatabaseSchemaName).Qualified;
        var documents = $"{store.Options.DatabaseSchemaName}.{BalanceUpgrade.RetiredName}";
        var before = await platform.BalanceOfAsync(world.WorkerA);

        // The database as it was: the balances in a documents' table; the new table has nothing of
        // worker A and a wrong figure for worker B.
        await platform.ExecuteAsync($"create table {documents} (id uuid primary key, data jsonb not null)");
        await platform.ExecuteAsync($"delete from {table} where worker_id = $1", world.WorkerA);
        await platform.ExecuteAsync($"update {table} set points = points + 100, entries = entries + 3 where worker_id = $1", world.WorkerB);

        await upgrade.RunAsync(CancellationToken.None);
        await upgrade.RunAsync(CancellationToken.None);

        Assert.False(await platform.ScalarAsync<bool>("select to_regclass($1) is not null", documents));
        var a = await platform.BalanceOfAsync(world.WorkerA);
        Assert.Equal((7, 2), (a.Balance, a.Entries));
        Assert.Equal(before.ByCategory, a.ByCategory);
        Assert.Equal(before.ByMonth, a.ByMonth);
        var b = await platform.BalanceOfAsync(world.WorkerB);
        Assert.Equal((4, 1), (b.Balance, b.Entries));
    }
}
