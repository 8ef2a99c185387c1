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
        StartWatchdog(_folder);
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
    /// The test runner may end this process without running its exit handler, which would leave the
    /// server running. A detached shell waits for this process to end, then stops the server at once
    /// (SIGQUIT) and removes the folder. It never holds the runner's streams, so the runner does not
    /// wait for it.
    /// </summary>
    private static void StartWatchdog(string folder)
    {
        var pidFile = Path.Combine(folder, "postgres", "data", "postmaster.pid");
        // Its own streams go to /dev/null: tail -f gives up when its output is a pipe nobody reads.
        var script = $"exec </dev/null >/dev/null 2>&1; tail --pid={Environment.ProcessId} -f /dev/null; "
            + $"server=$(head -n 1 '{pidFile}' 2>/dev/null) && kill -QUIT \"$server\" && tail --pid=\"$server\" -f /dev/null; "
            + $"rm -rf '{folder}'";
        var start = new System.Diagnostics.ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "sh", "-c", script }) start.ArgumentList.Add(argument);
        try
        {
            System.Diagnostics.Process.Start(start)?.Dispose();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No setsid here: the next test process still stops and removes what this one leaves.
        }
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
