using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host;
using Platform.Points.Contracts;

namespace Platform.Bench;

/// <summary>
/// The platform as it runs in production: the host in this process, starting its own PostgreSQL
/// with the default, durable settings (fsync on, synchronous commit) in a fresh folder.
/// </summary>
internal sealed class BenchPlatform(PlatformHost host) : IAsyncDisposable
{
    public const string AdminPhone = "13900000000";
    public const string AdminPassword = "bench-admin-2026";

    public PlatformHost Host => host;

    public static async Task<BenchPlatform> StartAsync(string dataDirectory, bool daemon, IEnumerable<string> overrides)
    {
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        var settings = new Dictionary<string, string?>
        {
            ["Postgres:DataDirectory"] = dataDirectory,
            ["Points:RulesFile"] = Path.Combine(AppContext.BaseDirectory, "rules", "points.yaml"),
            ["Access:SigningKey"] = "bench-signing-key-of-at-least-32-bytes!!",
            ["Access:BootstrapAdmin:Phone"] = AdminPhone,
            ["Access:BootstrapAdmin:Password"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Orleans"] = "Error",
            // Without it, roll-ups and leaderboards are left to another host of the cluster.
            ["Marten:Daemon"] = daemon ? "HotCold" : "Disabled",
        };
        var args = settings.Select(s => $"--{s.Key}={s.Value}").Concat(overrides.Select(o => $"--{o}")).Append("--urls=http://127.0.0.1:0").Append("--environment=Production").ToArray();
        var host = await PlatformHost.BuildAsync(args);
        await host.StartAsync();
        return new BenchPlatform(host);
    }

    /// <summary>How long the ledger's followers and the async daemon take to fold everything written so far into roll-ups and boards.</summary>
    public async Task<TimeSpan> CaughtUpAsync()
    {
        var clock = Stopwatch.StartNew();
        await host.App.Services.GetRequiredService<ILedgerCatchUp>().WaitAsync(TimeSpan.FromMinutes(60));
        return clock.Elapsed;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
