using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Platform.Postgres.Orleans;

namespace Platform.Postgres.Tests.Orleans;

public sealed class OrleansClusteringTests(OrleansDatabase database) : IClassFixture<OrleansDatabase>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private const int Active = (int)SiloStatus.Active;
    private const int Dead = (int)SiloStatus.Dead;

    [Fact]
    public async Task A_second_silo_joins_the_cluster_and_takes_calls()
    {
        const string cluster = "clustering-join";
        await using var first = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster);
        await using var second = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster);

        Assert.Equal(
            new[] { (first.Address.ToParsableString(), Active), (second.Address.ToParsableString(), Active) }.Order(),
            (await MembersAsync(cluster)).Order());
        await WaitForAsync(first, s => s.GetSiloStatus(second.Address) == SiloStatus.Active);
        var hosts = await first.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal([first.Address, second.Address], hosts.Keys.Order());

        // An external client finds both gateways through GatewaysQueryKey; randomly placed
        // grains then land on both silos.
        using var client = await StartClientAsync(cluster);
        var grains = client.Services.GetRequiredService<IClusterClient>();
        var silos = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => grains.GetGrain<IWhereGrain>(i).Silo()));
        Assert.Equal([first.Address, second.Address], silos.Distinct().Order());
        await client.StopAsync();
    }

    [Fact]
    public async Task A_silo_stopped_gracefully_is_marked_dead_and_the_survivor_keeps_working()
    {
        const string cluster = "clustering-leave";
        await using var survivor = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster);
        SiloAddress leaver;
        int[] ids = [.. Enumerable.Range(100, 40)];
        await using (var second = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster))
        {
            leaver = second.Address;
            await WaitForAsync(survivor, s => s.GetSiloStatus(leaver) == SiloStatus.Active);
            await WaitForManifestAsync(survivor, leaver);
            var before = await Task.WhenAll(ids.Select(i => survivor.Grains.GetGrain<IWhereGrain>(i).Silo()));
            Assert.Contains(leaver, before);
            await second.StopAsync();
        }

        Assert.Contains((leaver.ToParsableString(), Dead), await MembersAsync(cluster));
        await WaitForAsync(survivor, s => s.GetSiloStatus(leaver) == SiloStatus.Dead);
        // Grains that lived on the stopped silo are activated again on the survivor.
        var after = await Task.WhenAll(ids.Select(i => survivor.Grains.GetGrain<IWhereGrain>(i).Silo()));
        Assert.All(after, silo => Assert.Equal(survivor.Address, silo));

        // The defunct-entry cleanup removes the dead row and leaves the live one and the version.
        var version = await VersionAsync(cluster);
        var table = survivor.Services.GetRequiredService<IMembershipTable>();
        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal([(survivor.Address.ToParsableString(), Active)], await MembersAsync(cluster));
        Assert.Equal(version, await VersionAsync(cluster));
    }

    private Task<List<(string Silo, int Status)>> MembersAsync(string cluster) =>
        database.QueryAsync(
            "SELECT address, port, generation, status FROM orleans.orleansmembershiptable WHERE deploymentid = @c",
            r => ($"{r.GetString(0)}:{r.GetInt32(1)}@{r.GetInt32(2)}", r.GetInt32(3)),
            ("c", cluster));

    private async Task<int> VersionAsync(string cluster) =>
        Assert.Single(await database.QueryAsync(
            "SELECT version FROM orleans.orleansmembershipversiontable WHERE deploymentid = @c",
            r => r.GetInt32(0),
            ("c", cluster)));

    // Waits on the silo's own membership view, which follows the table through gossip and refreshes.
    private static async Task WaitForAsync(OrleansTestSilo silo, Func<ClusterMembershipSnapshot, bool> condition)
    {
        if (condition(silo.Membership.CurrentSnapshot))
            return;
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            await foreach (var snapshot in silo.Membership.MembershipUpdates.WithCancellation(timeout.Token))
            {
                if (condition(snapshot))
                    return;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
        }
        throw new TimeoutException($"Silo {silo.Address} did not see the expected membership within {Bound}: {silo.Membership.CurrentSnapshot}");
    }

    // Placement only targets silos whose grain manifest has reached the placing silo, a little after membership.
    private static async Task WaitForManifestAsync(OrleansTestSilo silo, SiloAddress other)
    {
        var manifests = silo.Services.GetRequiredService<IClusterManifestProvider>();
        if (manifests.Current.Silos.ContainsKey(other))
            return;
        using var timeout = new CancellationTokenSource(Bound);
        await foreach (var manifest in manifests.Updates.WithCancellation(timeout.Token))
        {
            if (manifest.Silos.ContainsKey(other))
                return;
        }
    }

    private async Task<IHost> StartClientAsync(string cluster)
    {
        var orleans = OrleansSchema.ConnectionStringFor(database.ConnectionString);
        var host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster, cluster));
                client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (OrleansTestSilo.Invariant, orleans));
            })
            .Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return host;
    }
}
