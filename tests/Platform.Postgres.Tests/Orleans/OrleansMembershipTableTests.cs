using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService;
using Platform.Postgres.Orleans;
using Platform.Testing;

namespace Platform.Postgres.Tests.Orleans;

/// <summary>The clustering provider used directly, without a silo, to pin down the version protocol.</summary>
public sealed class OrleansMembershipTableTests(OrleansDatabase database) : IClassFixture<OrleansDatabase>
{
    private static readonly ServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    [Fact]
    public async Task The_membership_table_changes_only_at_the_version_last_read()
    {
        var table = await CreateTableAsync(database.ConnectionString, "table-versions");
        var empty = await table.ReadAllAsync();
        Assert.Empty(empty.Members);

        var first = Entry(1);
        Assert.True(await table.InsertRowAsync(first, empty.Version.Next()));
        // Stale version, then a duplicate at the current version: both refused, nothing written.
        Assert.False(await table.InsertRowAsync(Entry(2), empty.Version.Next()));
        var one = await table.ReadAllAsync();
        Assert.False(await table.InsertRowAsync(first, one.Version.Next()));
        var stillOne = await table.ReadAllAsync();
        Assert.Equal(one.Version.Version, stillOne.Version.Version);
        Assert.Equal([first.SiloAddress], stillOne.Members.Select(m => m.Item1.SiloAddress));

        var (stored, etag) = stillOne.Members[0];
        stored.Status = SiloStatus.Active;
        stored.AddOrUpdateSuspector(Entry(9).SiloAddress, Millis(DateTime.UtcNow), 2);
        Assert.False(await table.UpdateRowAsync(stored, empty.Version.VersionEtag, empty.Version.Next()));
        Assert.True(await table.UpdateRowAsync(stored, etag, stillOne.Version.Next()));

        var updated = await table.ReadRowAsync(first.SiloAddress);
        var (read, _) = Assert.Single(updated.Members);
        Assert.Equal(stillOne.Version.Version + 1, updated.Version.Version);
        Assert.Equal(SiloStatus.Active, read.Status);
        Assert.Equal(stored.SuspectTimes, read.SuspectTimes);
        Assert.Equal((first.SiloName, first.HostName, first.ProxyPort, first.StartTime), (read.SiloName, read.HostName, read.ProxyPort, read.StartTime));

        // Heartbeats neither check nor bump the version.
        read.IAmAliveTime = Millis(DateTime.UtcNow.AddSeconds(5));
        await table.UpdateIAmAliveAsync(read);
        var afterHeartbeat = await table.ReadRowAsync(first.SiloAddress);
        Assert.Equal(updated.Version.Version, afterHeartbeat.Version.Version);
        Assert.Equal(read.IAmAliveTime, afterHeartbeat.Members[0].Item1.IAmAliveTime);

        // An unknown silo reads as a version-only row.
        var unknown = await table.ReadRowAsync(Entry(7).SiloAddress);
        Assert.Empty(unknown.Members);
        Assert.Equal(updated.Version.Version, unknown.Version.Version);
    }

    [Fact]
    public async Task Concurrent_membership_writes_at_one_version_let_exactly_one_through()
    {
        var table = await CreateTableAsync(database.ConnectionString, "table-race");
        var version = (await table.ReadAllAsync()).Version.Next();

        var inserted = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => table.InsertRowAsync(Entry(i), version)));
        Assert.Single(inserted, ok => ok);
        var members = await table.ReadAllAsync();
        Assert.Single(members.Members);
        Assert.Equal(1, members.Version.Version);

        var (entry, etag) = members.Members[0];
        entry.Status = SiloStatus.Active;
        var updated = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => table.UpdateRowAsync(entry, etag, members.Version.Next())));
        Assert.Single(updated, ok => ok);
        Assert.Equal(2, (await table.ReadAllAsync()).Version.Version);
    }

    [Fact]
    public async Task Cleanup_removes_dead_rows_whose_start_heartbeat_and_votes_are_all_expired()
    {
        var table = await CreateTableAsync(database.ConnectionString, "table-cleanup");
        Assert.Equal([2, 3, 5], await CleanupAsync(table));
    }

    [Fact]
    public async Task Without_the_optional_per_row_query_the_bulk_cleanup_also_keeps_rows_with_votes()
    {
        // Providers before 10.4 only know CleanupDefunctSiloEntriesKey, and 10.4 falls back to it
        // without the per-row key. Query rows are per database: this test needs its own.
        var connectionString = await TestPostgres.CreateDatabaseAsync("orleans");
        await OrleansSchema.EnsureCreatedAsync(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand("DELETE FROM orleans.orleansquery WHERE querykey = 'CleanupDefunctSiloEntryKey'", connection);
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        // SQL cannot weigh vote times cheaply: any row carrying votes is kept.
        Assert.Equal([2, 3, 4, 5], await CleanupAsync(await CreateTableAsync(connectionString, "table-bulk-cleanup")));
    }

    [Fact]
    public async Task Deleting_the_cluster_removes_its_members_and_its_version_row()
    {
        const string cluster = "table-delete";
        var table = await CreateTableAsync(database.ConnectionString, cluster);
        Assert.True(await table.InsertRowAsync(Entry(1), (await table.ReadAllAsync()).Version.Next()));

        await table.DeleteMembershipTableEntriesAsync(cluster);

        var rows = await database.QueryAsync(
            "SELECT (SELECT count(*) FROM orleans.orleansmembershiptable WHERE deploymentid = @c) + (SELECT count(*) FROM orleans.orleansmembershipversiontable WHERE deploymentid = @c)",
            r => r.GetInt64(0),
            ("c", cluster));
        Assert.Equal(0, Assert.Single(rows));
    }

    /// <returns>The generations left after a cleanup with a cutoff a minute from now.</returns>
    private static async Task<List<int>> CleanupAsync(AdoNetClusteringTable table)
    {
        var expired = Millis(DateTime.UtcNow.AddMinutes(-10));
        var recent = Millis(DateTime.UtcNow.AddMinutes(5));
        await AddAsync(table, Entry(1, SiloStatus.Dead), vote: null);
        await AddAsync(table, Entry(2, SiloStatus.Active), vote: null);
        var heartbeat = Entry(3, SiloStatus.Dead);
        heartbeat.IAmAliveTime = recent;
        await AddAsync(table, heartbeat, vote: null);
        await AddAsync(table, Entry(4, SiloStatus.Dead), vote: expired);
        await AddAsync(table, Entry(5, SiloStatus.Dead), vote: recent);
        var version = (await table.ReadAllAsync()).Version.Version;

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        var left = await table.ReadAllAsync();
        Assert.Equal(version, left.Version.Version);
        return [.. left.Members.Select(m => m.Item1.SiloAddress.Generation).Order()];
    }

    private static async Task AddAsync(AdoNetClusteringTable table, MembershipEntry entry, DateTime? vote)
    {
        Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync()).Version.Next()));
        if (vote is not { } time)
            return;
        var current = await table.ReadAllAsync();
        var (stored, etag) = current.Members.Single(m => m.Item1.SiloAddress.Equals(entry.SiloAddress));
        stored.AddOrUpdateSuspector(Entry(9).SiloAddress, time, 2);
        Assert.True(await table.UpdateRowAsync(stored, etag, current.Version.Next()));
    }

    private static async Task<AdoNetClusteringTable> CreateTableAsync(string connectionString, string cluster)
    {
        var table = new AdoNetClusteringTable(
            NoServices,
            Options.Create(new ClusterOptions { ClusterId = cluster, ServiceId = cluster }),
            Options.Create(new AdoNetClusteringSiloOptions
            {
                Invariant = OrleansTestSilo.Invariant,
                ConnectionString = OrleansSchema.ConnectionStringFor(connectionString),
            }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        return table;
    }

    // Fake silos on loopback; the database stores milliseconds, so the times are rounded to them.
    private static MembershipEntry Entry(int generation, SiloStatus status = SiloStatus.Joining)
    {
        var now = Millis(DateTime.UtcNow.AddMinutes(-10));
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), generation),
            SiloName = $"silo-{generation}",
            HostName = "test-host",
            Status = status,
            ProxyPort = 30000,
            StartTime = now,
            IAmAliveTime = now,
        };
    }

    private static DateTime Millis(DateTime time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
}
