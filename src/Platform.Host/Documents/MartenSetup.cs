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
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        })
        .ApplyAllDatabaseChangesOnStartup()
        // Subscriptions and async projections (roll-ups, leaderboards): one host of a cluster runs
        // them at a time (HotCold); Marten:Daemon=Disabled leaves them to other hosts of the cluster.
        .AddAsyncDaemon(configuration.GetValue("Marten:Daemon", DaemonMode.HotCold))
        .BuildSessionsWith<AuditedSessionFactory>();
    }
}
