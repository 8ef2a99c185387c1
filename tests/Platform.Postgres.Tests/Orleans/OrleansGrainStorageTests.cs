using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Platform.Postgres.Tests.Orleans;

public sealed class OrleansGrainStorageTests(OrleansDatabase database) : IClassFixture<OrleansDatabase>
{
    // The runtime passes the state name, not the grain class, as the storage "grain type".
    private const string StateName = "text";

    [Fact]
    public async Task Grain_state_written_before_a_silo_restart_is_read_back_after_it()
    {
        const string cluster = "storage-restart";
        var guid = Guid.NewGuid();
        await using (var first = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster))
        {
            await first.Grains.GetGrain<IGuidTextGrain>(guid).Write("by guid");
            await first.Grains.GetGrain<IStringTextGrain>("w-020235").Write("by string");
            await first.StopAsync();
        }

        await using var second = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster);
        var byGuid = second.Grains.GetGrain<IGuidTextGrain>(guid);
        var byString = second.Grains.GetGrain<IStringTextGrain>("w-020235");
        Assert.Equal("by guid", await byGuid.Read());
        Assert.Equal("by string", await byString.Read());

        // The ETag read after the restart is current: the new activation can write.
        await byString.Write("after restart");
        Assert.Equal("after restart", await byString.Read());
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_raises_InconsistentStateException_and_keeps_the_stored_state()
    {
        await using var silo = await OrleansTestSilo.StartAsync(database.ConnectionString, "storage-stale");
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(OrleansTestSilo.Storage);
        var id = GrainId.Create("stringtext", "w-stale");

        // Two activations of one grain (as during a split brain) both read "no state".
        var first = new GrainState<TextState>(new TextState());
        var second = new GrainState<TextState>(new TextState());
        await storage.ReadStateAsync(StateName, id, first);
        await storage.ReadStateAsync(StateName, id, second);

        first.State = new TextState { Text = "first" };
        await storage.WriteStateAsync(StateName, id, first);
        second.State = new TextState { Text = "second" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, id, second));

        // Once it has re-read, the second writes, and now the first holds the stale ETag.
        await storage.ReadStateAsync(StateName, id, second);
        second.State = new TextState { Text = "second" };
        await storage.WriteStateAsync(StateName, id, second);
        first.State = new TextState { Text = "lost update" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, id, first));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, id, first));

        var check = new GrainState<TextState>(new TextState());
        await storage.ReadStateAsync(StateName, id, check);
        Assert.Equal("second", check.State?.Text);
        Assert.Equal(1, await RowCountAsync("storage-stale", "w-stale"));
    }

    [Fact]
    public async Task Concurrent_first_writes_of_one_grain_leave_one_row_and_one_winner()
    {
        await using var silo = await OrleansTestSilo.StartAsync(database.ConnectionString, "storage-race");
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(OrleansTestSilo.Storage);
        var id = GrainId.Create("stringtext", "w-race");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            var state = new GrainState<TextState>(new TextState { Text = $"writer {i}" });
            try
            {
                await storage.WriteStateAsync(StateName, id, state);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
        Assert.Equal(1, await RowCountAsync("storage-race", "w-race"));
    }

    [Fact]
    public async Task Clearing_state_then_reading_gives_the_default_state_for_guid_and_string_keys()
    {
        await using var silo = await OrleansTestSilo.StartAsync(database.ConnectionString, "storage-clear");
        ITextGrain[] grains =
        [
            silo.Grains.GetGrain<IGuidTextGrain>(Guid.NewGuid()),
            silo.Grains.GetGrain<IStringTextGrain>("w-020236"),
        ];
        foreach (var grain in grains)
        {
            await grain.Write("to be cleared");
            await grain.Clear();
            Assert.Null(await grain.Read());

            // The cleared row keeps a version, so the grain can write again.
            await grain.Write("written again");
            Assert.Equal("written again", await grain.Read());
        }
    }

    [Fact]
    public async Task With_DeleteStateOnClear_the_row_is_deleted_and_the_grain_can_write_again()
    {
        await using var silo = await OrleansTestSilo.StartAsync(database.ConnectionString, "storage-delete");
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(OrleansTestSilo.DeletingStorage);
        var id = GrainId.Create("stringtext", "w-delete");
        var state = new GrainState<TextState>(new TextState { Text = "to be deleted" });
        await storage.WriteStateAsync(StateName, id, state);

        await storage.ClearStateAsync(StateName, id, state);
        Assert.Null(state.ETag);
        Assert.Equal(0, await RowCountAsync("storage-delete", "w-delete"));

        var other = new GrainState<TextState>(new TextState());
        await storage.ReadStateAsync(StateName, id, other);
        Assert.Null(other.State?.Text);
        Assert.False(other.RecordExists);

        state.State = new TextState { Text = "written again" };
        await storage.WriteStateAsync(StateName, id, state);
        // "other" also believes there is no row: its first write must not replace this one.
        other.State = new TextState { Text = "lost update" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, id, other));
        Assert.Equal(1, await RowCountAsync("storage-delete", "w-delete"));
    }

    [Fact]
    public async Task Prefixed_keys_that_look_hexadecimal_are_stored_as_distinct_string_keys()
    {
        const string cluster = "storage-keys";
        await using var silo = await OrleansTestSilo.StartAsync(database.ConnectionString, cluster);
        // Bare "020235" and "20235" would parse as the same hexadecimal integer key.
        await silo.Grains.GetGrain<IStringTextGrain>("w-020235").Write("leading zero");
        await silo.Grains.GetGrain<IStringTextGrain>("w-20235").Write("no leading zero");

        Assert.Equal("leading zero", await silo.Grains.GetGrain<IStringTextGrain>("w-020235").Read());
        Assert.Equal("no leading zero", await silo.Grains.GetGrain<IStringTextGrain>("w-20235").Read());
        var keys = await database.QueryAsync(
            "SELECT grainidn0, grainidn1, grainidextensionstring FROM orleans.orleansstorage WHERE serviceid = @s ORDER BY 3",
            r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2)),
            ("s", cluster));
        Assert.Equal([(0L, 0L, "w-020235"), (0L, 0L, "w-20235")], keys);
    }

    private async Task<long> RowCountAsync(string serviceId, string key) =>
        Assert.Single(await database.QueryAsync(
            "SELECT count(*) FROM orleans.orleansstorage WHERE serviceid = @s AND grainidextensionstring = @k",
            r => r.GetInt64(0),
            ("s", serviceId), ("k", key)));
}
