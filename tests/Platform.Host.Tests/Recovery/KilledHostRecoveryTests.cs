using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Postgres.Embedded;
using Platform.Postgres.Orleans;

namespace Platform.Host.Tests.Recovery;

/// <summary>The embedded mode after a host was killed (SIGKILL): its silo never left the cluster.</summary>
public sealed class KilledHostRecoveryTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"jufeng-recovery-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_host_starts_at_once_on_a_database_whose_last_silo_was_killed()
    {
        var ghost = await LeaveAGhostSiloAsync();
        await using var host = await PlatformHost.BuildAsync(
        [
            $"--Postgres:DataDirectory={_folder}",
            "--Access:SigningKey=recovery-test-signing-key-32-bytes!!",
            "--Access:BootstrapAdmin:Password=admin-pass-1",
            "--urls=http://127.0.0.1:0",
            "--environment=Testing",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
        ]);

        // Without declaring the ghost dead, the silo waits minutes to reach it before joining.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.StartAsync(bound.Token);

        using var http = new HttpClient { BaseAddress = host.Address };
        using var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(6, await StatusOfAsync(host.ConnectionString, ghost));
    }

    /// <summary>Writes what a killed host leaves behind: an Active row for a silo nobody answers for.</summary>
    private async Task<int> LeaveAGhostSiloAsync()
    {
        await using var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = _folder }, NullLogger.Instance);
        await OrleansSchema.EnsureCreatedAsync(server.ConnectionString);
        var port = ClosedPort();
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO orleans.orleansmembershipversiontable (deploymentid, version) VALUES ('jufeng', 1);
            INSERT INTO orleans.orleansmembershiptable
                (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
            VALUES ('jufeng', '127.0.0.1', @port, 1, 'ghost', 'ghost', 3, @port, now(), now());
            """, connection);
        command.Parameters.AddWithValue("port", port);
        await command.ExecuteNonQueryAsync();
        return port;
    }

    private static async Task<int> StatusOfAsync(string connectionString, int port)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM orleans.orleansmembershiptable WHERE port = @port", connection);
        command.Parameters.AddWithValue("port", port);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
