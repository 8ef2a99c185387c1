using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Testing;

namespace Platform.Host.Tests.Documents;

public sealed class DaemonPollingTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public void The_daemon_looks_for_new_events_four_times_a_second_busy_or_caught_up()
    {
        // Each look hands the ledger's followers a page: the settings must reach the daemon, not only the file.
        var options = (StoreOptions)platform.Services.GetRequiredService<IDocumentStore>().Options;

        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Projections.FastPollingTime);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Projections.SlowPollingTime);
    }

    [Fact]
    public async Task The_daemons_subscriptions_find_their_event_types_in_a_range_of_the_log_by_an_index()
    {
        // Without it every look of every subscription reads each event of the range, nearly all the ledger's.
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select indexdef from pg_indexes where schemaname = $1 and tablename = 'mt_events'", connection)
        {
            Parameters = { new() { Value = store.Options.Events.DatabaseSchemaName } },
        };
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) indexes.Add(reader.GetString(0));
        }

        Assert.Contains(indexes, i => i.EndsWith("(type, seq_id)", StringComparison.Ordinal));
    }
}
