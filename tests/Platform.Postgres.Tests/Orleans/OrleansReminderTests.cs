using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace Platform.Postgres.Tests.Orleans;

public sealed class OrleansReminderTests(OrleansDatabase database) : IClassFixture<OrleansDatabase>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_reminder_registered_before_a_silo_restart_fires_after_it()
    {
        const string cluster = "reminders-restart";
        await using (var first = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster))
        {
            await first.Grains.GetGrain<IReminderGrain>("w-restart").Register("tick", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            await first.StopAsync();
        }

        // Only the second silo runs from here on: a tick can only come from the stored reminder.
        var tick = ReminderTicks.Next("w-restart", "tick");
        await using var second = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster);
        Assert.Equal(second.Address, await tick.WaitAsync(Bound));
    }

    [Fact]
    public async Task A_reminder_unregistered_is_gone_from_the_grain_and_the_table()
    {
        const string cluster = "reminders-unregister";
        await using var silo = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster);
        var grain = silo.Grains.GetGrain<IReminderGrain>("w-unregister");

        await grain.Register("once", TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        Assert.True(await grain.Has("once"));
        Assert.Equal(1, await RowCountAsync(cluster));

        await grain.Unregister("once");
        Assert.False(await grain.Has("once"));
        Assert.Equal(0, await RowCountAsync(cluster));
    }

    [Fact]
    public async Task The_reminder_table_versions_every_upsert_and_deletes_only_the_current_version()
    {
        await using var silo = await OrleansTestSilo.StartAsync(database.ConnectionString, "reminders-table");
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var grainId = GrainId.Create("reminder", "w-table");
        // Far in the future: the silo's reminder service must not fire it during the test.
        var entry = new ReminderEntry { GrainId = grainId, ReminderName = "direct", StartAt = DateTime.UtcNow.AddHours(1), Period = TimeSpan.FromHours(1) };

        var firstETag = Assert.IsType<string>(await table.UpsertRow(entry));
        var secondETag = Assert.IsType<string>(await table.UpsertRow(entry));
        Assert.NotEqual(firstETag, secondETag);
        Assert.Equal(secondETag, (await table.ReadRow(grainId, "direct"))?.ETag);

        // Ranges are (begin, end] on the hash ring, whichever of the two range queries serves them.
        var hash = grainId.GetUniformHashCode();
        Assert.Contains(await Names(table.ReadRows(hash - 1, hash)), n => n == "direct");
        Assert.DoesNotContain(await Names(table.ReadRows(hash, hash + 1)), n => n == "direct");
        Assert.DoesNotContain(await Names(table.ReadRows(hash, hash - 1)), n => n == "direct");
        Assert.Contains(await Names(table.ReadRows(grainId)), n => n == "direct");

        Assert.False(await table.RemoveRow(grainId, "direct", firstETag));
        Assert.True(await table.RemoveRow(grainId, "direct", secondETag));
        Assert.False(await table.RemoveRow(grainId, "direct", secondETag));
        Assert.Null(await table.ReadRow(grainId, "direct"));
    }

    private static async Task<List<string>> Names(Task<ReminderTableData> rows) =>
        (await rows).Reminders.Select(r => r.ReminderName).ToList();

    private async Task<long> RowCountAsync(string serviceId) =>
        Assert.Single(await database.QueryAsync(
            "SELECT count(*) FROM orleans.orleansreminderstable WHERE serviceid = @s",
            r => r.GetInt64(0),
            ("s", serviceId)));
}
