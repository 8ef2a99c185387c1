using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Points.Leaderboards;

/// <summary>Everything leaderboards need, in one call from <see cref="PointsModule"/>.</summary>
internal static class LeaderboardRegistration
{
    public static IServiceCollection AddLeaderboards(this IServiceCollection services)
    {
        services.AddSingleton<LeaderboardQueries>();
        services.AddSingleton<BoardPlacement>();
        services.AddScoped<LeaderboardAccess>();
        services.AddScoped<LeaderboardReader>();
        services.ConfigureMarten((provider, options) =>
        {
            var tables = new LeaderboardTables(options.DatabaseSchemaName);
            foreach (var table in tables.Definitions()) options.Storage.ExtendedSchemaObjects.Add(table);
            options.Events.Subscribe(new LeaderboardSubscription(provider.GetRequiredService<BoardPlacement>(), tables));
        });
        return services;
    }
}
