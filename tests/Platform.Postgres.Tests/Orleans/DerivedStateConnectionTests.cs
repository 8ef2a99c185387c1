using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Postgres.Embedded;
using Platform.Postgres.Orleans;

namespace Platform.Postgres.Tests.Orleans;

/// <summary>
/// The grain storage for derived state commits without waiting for its flush, and leans on
/// PostgreSQL's promise that a later synchronous commit flushes every record before it: the
/// ledger's tail records its position that way after the totals' writes. Checked on a server of
/// its own with the production's durable settings (the shared test server runs without fsync),
/// crashed by an immediate stop (no checkpoint: its restart replays the log).
/// </summary>
public sealed class DerivedStateConnectionTests
{
    [Fact]
    public async Task Derived_state_commits_without_its_own_flush_and_a_later_synchronous_commit_makes_it_survive_a_crash()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"jufeng-derived-{Guid.NewGuid():N}");
        try
        {
            var options = new EmbeddedPostgresOptions { DataDirectory = folder, Database = "derived" };
            // Disposed at the end as well, so a failed assertion before the crash leaves no server behind.
            await using var crashed = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            var (derived, durable) = (OrleansSchema.ConnectionStringForDerivedState(crashed.ConnectionString), OrleansSchema.ConnectionStringFor(crashed.ConnectionString));
            Assert.Equal("off", await Sql.ScalarAsync(derived, "show synchronous_commit"));
            Assert.Equal("on", await Sql.ScalarAsync(durable, "show synchronous_commit"));

            await Sql.ScalarAsync(durable, "create table public.totals (id int primary key); create table public.position (at int)");
            await using (var connection = new NpgsqlConnection(derived))
            {
                await connection.OpenAsync();
                for (var id = 1; id <= 100; id++)
                {
                    await using var write = new NpgsqlCommand($"insert into public.totals values ({id})", connection);
                    await write.ExecuteNonQueryAsync();
                }
            }
            await Sql.ScalarAsync(durable, "insert into public.position values (100)");
            await crashed.StopAsync(abandonData: true);

            await using var restarted = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            Assert.Equal(100L, await Sql.ScalarAsync(restarted.ConnectionString, "select count(*) from public.totals"));
            Assert.Equal(100, await Sql.ScalarAsync(restarted.ConnectionString, "select at from public.position"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
