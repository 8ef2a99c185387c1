using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Weasel.Core;

namespace Platform.Host.Documents;

internal static class MartenSetup
{
    public const string SchemaName = "platform";

    public static void AddPlatformMarten(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        services.AddMarten(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = SchemaName;
            options.Events.DatabaseSchemaName = SchemaName;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            options.Events.MetadataConfig.UserNameEnabled = true;
            options.Events.MetadataConfig.HeadersEnabled = true;
            options.Events.MetadataConfig.CorrelationIdEnabled = true;
            options.Events.MetadataConfig.CausationIdEnabled = true;
            options.Events.StreamIdentity = StreamIdentity.AsGuid;
            options.Events.AppendMode = EventAppendMode.Quick;
            // The daemon's subscriptions (award backstops, reversals, rewards) look for their rare
            // event types in each new range of the log; without an index on (type, seq_id) each look
            // read every event of the range, mostly the ledger's (docs/profiling.md, eleventh pass).
            options.Events.EnableEventTypeIndex = true;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            // How often a busy daemon looks for newly committed events and moves its high-water mark
            // (Marten's default: 250 ms); the ledger's tail looks as often. Each look hands the ledger's
            // followers a page, and each page writes every touched branch's and enterprise's grain
            // state in a transaction of its own: four looks a second were about a quarter of a
            // transaction per single submission (docs/profiling.md, ninth pass). Boards and totals
            // trail the ledger by about this much; a worker's own balance does not.
            options.Projections.FastPollingTime = configuration.GetValue("Marten:FastPolling", TimeSpan.FromSeconds(1));
        })
        .ApplyAllDatabaseChangesOnStartup()
        // Subscriptions and async projections (roll-ups, leaderboards): one host of a cluster runs
        // them at a time (HotCold); Marten:Daemon=Disabled leaves them to other hosts of the cluster.
        .AddAsyncDaemon(configuration.GetValue("Marten:Daemon", DaemonMode.HotCold))
        .BuildSessionsWith<AuditedSessionFactory>();
    }
}
