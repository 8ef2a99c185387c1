using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Postgres.Embedded;

namespace Platform.Testing;

/// <summary>
/// One embedded PostgreSQL server per test process, started on first use and stopped when the
/// process exits; each test class asks it for a fresh database.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<EmbeddedPostgres>> Server = new(StartAsync);
    private static string? _folder;

    public static async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var server = await Server.Value;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server.ConnectionStringFor(name))
        {
            MaxPoolSize = 40,
        }.ConnectionString;
    }

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        await StopAbandonedServersAsync();
        _folder = Path.Combine(Path.GetTempPath(), $"jufeng-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        var options = new EmbeddedPostgresOptions { DataDirectory = _folder };
        // Test data is thrown away: trade durability for speed.
        options.Settings["fsync"] = "off";
        options.Settings["synchronous_commit"] = "off";
        options.Settings["full_page_writes"] = "off";
        var server = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
        // The test runner gives an exiting test process little time: signal an immediate stop and
        // do not wait for it. A folder the server still holds is removed by the next test process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.StopAsync(abandonData: true).GetAwaiter().GetResult();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return server;
    }

    /// <summary>
    /// A test process that was killed leaves its server running: take over the folders whose
    /// process is gone (the folder name carries its pid), stop their servers and delete them.
    /// </summary>
    private static async Task StopAbandonedServersAsync()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "jufeng-test-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[2], out var pid) || IsAlive(pid)) continue;
            try
            {
                var abandoned = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = folder }, NullLogger.Instance);
                await abandoned.StopAsync();
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Another test process is cleaning it up, or it is not ours to remove: leave it.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
