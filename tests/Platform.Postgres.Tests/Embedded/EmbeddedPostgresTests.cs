using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Postgres.Embedded;
using Platform.Testing;

namespace Platform.Postgres.Tests.Embedded;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task A_fresh_database_per_test_class_is_reachable()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);
        Assert.StartsWith("t_", (string)(await command.ExecuteScalarAsync())!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_keeps_its_data_across_a_stop_and_a_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"jufeng-embedded-{Guid.NewGuid():N}");
        try
        {
            var options = new EmbeddedPostgresOptions { DataDirectory = folder, Database = "keep" };
            await using (var first = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance))
                await Sql.ScalarAsync(first.ConnectionString, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('还在')");

            await using var second = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            Assert.Equal("还在", await Sql.ScalarAsync(second.ConnectionString, "SELECT v FROM kept"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_server_left_running_by_a_dead_owner_is_taken_over()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"jufeng-embedded-{Guid.NewGuid():N}");
        try
        {
            var options = new EmbeddedPostgresOptions { DataDirectory = folder };
            var orphan = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            // No stop: the next start finds the server still running, as after a SIGKILL of the host.
            orphan.ReleaseOwnership();
            await using var next = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            Assert.Equal(1, await Sql.ScalarAsync(next.ConnectionString, "SELECT 1"));
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => Sql.ScalarAsync(orphan.ConnectionString, "SELECT 1"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_host_cannot_take_over_a_server_whose_owner_is_alive()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"jufeng-embedded-{Guid.NewGuid():N}");
        try
        {
            var options = new EmbeddedPostgresOptions { DataDirectory = folder };
            await using var owner = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => EmbeddedPostgres.StartAsync(options, NullLogger.Instance));
            Assert.Contains("Another platform host is using the data folder", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, await Sql.ScalarAsync(owner.ConnectionString, "SELECT 1"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Missing_binaries_are_reported_in_one_clear_sentence()
    {
        Assert.Null(PostgresBinaries.Find("/nonexistent/bin"));
        Assert.Contains("apt-get install -y postgresql", PostgresBinaries.MissingMessage, StringComparison.Ordinal);
    }
}
