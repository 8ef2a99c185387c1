using System.Net;
using Platform.Kernel.Networking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Platform.Postgres.Orleans;

namespace Platform.Postgres.Tests.Orleans;

/// <summary>A silo in a plain generic host, on loopback ports, using all three ADO.NET providers.</summary>
public sealed class OrleansTestSilo : IAsyncDisposable
{
    public const string Storage = "store";
    public const string DeletingStorage = "store-deleting";
    public const string Invariant = "Npgsql";

    private readonly IHost _host;
    private bool _stopped;

    private OrleansTestSilo(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public SiloAddress Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    public IClusterMembershipService Membership => _host.Services.GetRequiredService<IClusterMembershipService>();

    /// <param name="connectionString">The platform database; the schema must exist.</param>
    /// <param name="cluster">Used as both ClusterId and ServiceId, so tests sharing a database stay apart.</param>
    public static async Task<OrleansTestSilo> StartAsync(string connectionString, string cluster)
    {
        var orleans = OrleansSchema.ConnectionStringFor(connectionString);
        var host = new HostBuilder()
            .UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster, cluster));
                silo.ConfigureEndpoints(IPAddress.Loopback, LoopbackPorts.Free(), LoopbackPorts.Free());
                silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (Invariant, orleans));
                silo.AddAdoNetGrainStorage(Storage, o => (o.Invariant, o.ConnectionString) = (Invariant, orleans));
                silo.AddAdoNetGrainStorage(DeletingStorage, o =>
                {
                    (o.Invariant, o.ConnectionString) = (Invariant, orleans);
                    o.DeleteStateOnClear = true;
                });
                silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (Invariant, orleans));
                // The default minimum period is one minute; tests tick every second.
                silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
                silo.Configure<ClusterMembershipOptions>(o =>
                {
                    // Silos learn of joins and leaves by gossip; a short table refresh is the
                    // fallback that keeps a missed gossip from stalling a test for a minute.
                    o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                    o.ProbeTimeout = TimeSpan.FromSeconds(2);
                });
            })
            .Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new OrleansTestSilo(host);
    }

    /// <summary>Graceful shutdown: the silo marks itself dead in the membership table.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await _host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            _host.Dispose();
        }
    }
}
