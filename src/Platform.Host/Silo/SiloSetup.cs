using System.Net;
using Orleans.Configuration;
using Platform.Kernel.Grains;
using Platform.Kernel.Networking;
using Platform.Postgres.Orleans;

namespace Platform.Host.Silo;

/// <summary>The Orleans silo co-hosted in the web app: clustering, grain state and reminders on PostgreSQL.</summary>
internal static class SiloSetup
{
    public static void Configure(ISiloBuilder silo, IConfiguration configuration, string connectionString)
    {
        var section = configuration.GetSection("Orleans");
        var orleansConnection = OrleansSchema.ConnectionStringFor(connectionString);
        const string invariant = "Npgsql";

        silo.Configure<ClusterOptions>(options =>
        {
            // Grain state and reminders are keyed by ServiceId: it must never change.
            options.ClusterId = ClusterId(configuration);
            options.ServiceId = section["ServiceId"] ?? "jufeng";
        });
        var address = IPAddress.Parse(section["AdvertisedAddress"] ?? "127.0.0.1");
        silo.ConfigureEndpoints(address, PortOrFree(section, "SiloPort"), PortOrFree(section, "GatewayPort"), listenOnAnyHostAddress: false);

        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = invariant;
            options.ConnectionString = orleansConnection;
        });
        silo.AddAdoNetGrainStorageAsDefault(options =>
        {
            options.Invariant = invariant;
            options.ConnectionString = orleansConnection;
        });
        // State derived from the ledger (the totals): a write waiting for a WAL flush of its own made
        // single submissions' flushes a third more (docs/profiling.md, twenty-fifth pass), and the
        // tail's position, committed after it, flushes it anyway.
        silo.AddAdoNetGrainStorage(DerivedStateStorage.Name, options =>
        {
            options.Invariant = invariant;
            options.ConnectionString = OrleansSchema.ConnectionStringForDerivedState(connectionString);
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = invariant;
            options.ConnectionString = orleansConnection;
        });
        RememberedGrainInterfaceTypes.AddTo(silo.Services);
    }

    public static string ClusterId(IConfiguration configuration) => configuration["Orleans:ClusterId"] ?? "jufeng";

    private static int PortOrFree(IConfigurationSection section, string key)
    {
        var configured = section.GetValue<int?>(key);
        return configured is > 0 ? configured.Value : LoopbackPorts.Free();
    }
}
