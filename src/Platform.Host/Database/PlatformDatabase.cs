using Npgsql;
using Platform.Postgres.Embedded;
using Platform.Host.Silo;
using Platform.Postgres.Orleans;

namespace Platform.Host.Database;

/// <summary>
/// The PostgreSQL the platform runs on: the server named by <c>ConnectionStrings:Platform</c>, or
/// one the host starts itself in its data folder. Schemas are brought up to date before anything
/// else starts.
/// </summary>
internal sealed partial class PlatformDatabase : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _embedded;

    private PlatformDatabase(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    public string ConnectionString { get; }

    public bool IsEmbedded => _embedded is not null;

    public static async Task<PlatformDatabase> OpenAsync(IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        var configured = configuration.GetConnectionString("Platform");
        EmbeddedPostgres? embedded = null;
        string connectionString;
        if (string.IsNullOrWhiteSpace(configured))
        {
            var options = new EmbeddedPostgresOptions();
            configuration.GetSection("Postgres").Bind(options);
            embedded = await EmbeddedPostgres.StartAsync(options, logger, cancellationToken);
            connectionString = embedded.ConnectionString;
        }
        else
        {
            connectionString = configured;
        }

        // No pool reset on return and automatic preparation: about twice the throughput here (STACK-NOTES.md).
        var tuned = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true, MaxAutoPrepare = 20 };
        if (!tuned.ContainsKey("Maximum Pool Size") || embedded is not null) tuned.MaxPoolSize = 50;
        try
        {
            await OrleansSchema.EnsureCreatedAsync(tuned.ConnectionString, cancellationToken);
            if (embedded is not null)
            {
                var stale = await StaleSilos.DeclareDeadAsync(tuned.ConnectionString, SiloSetup.ClusterId(configuration), cancellationToken);
                if (stale > 0) LogStaleSilos(logger, stale);
            }
        }
        catch
        {
            if (embedded is not null) await embedded.StopAsync();
            throw;
        }
        return new PlatformDatabase(tuned.ConnectionString, embedded);
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null) await _embedded.StopAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} silo(s) of an earlier run did not leave the cluster (the host was killed?): declared dead")]
    private static partial void LogStaleSilos(ILogger logger, int count);
}
