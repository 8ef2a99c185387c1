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
            // (Marten's default); the ledger's tail looks as often and hands its followers a page
            // each time. One page a second was a burst that stalled single submissions while the
            // boards and totals took it in; four smaller ones stall them less, and the totals'
            // extra state writes cost nothing measurable (docs/profiling.md, twenty-second pass).
            // Boards and totals trail the ledger by about this much; a worker's own balance does not.
            options.Projections.FastPollingTime = configuration.GetValue("Marten:FastPolling", TimeSpan.FromMilliseconds(250));
            // How long it waits after finding every event committed, or a gap still filling. Marten's
            // second meant that a steady stream slower than the daemon's looks (single submissions
            // at 2,500 a second) was caught up at most looks, and its followers took it a second at
            // a time (docs/profiling.md, twenty-sixth pass).
            options.Projections.SlowPollingTime = configuration.GetValue("Marten:SlowPolling", TimeSpan.FromMilliseconds(250));
        })
        .ApplyAllDatabaseChangesOnStartup()
        // Subscriptions and async projections (roll-ups, leaderboards): one host of a cluster runs
        // them at a time (HotCold); Marten:Daemon=Disabled leaves them to other hosts of the cluster.
        .AddAsyncDaemon(configuration.GetValue("Marten:Daemon", DaemonMode.HotCold))
        .BuildSessionsWith<AuditedSessionFactory>();
    }
}
