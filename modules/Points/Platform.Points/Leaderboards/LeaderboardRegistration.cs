using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>Everything leaderboards need, in one call from <see cref="PointsModule"/>.</summary>
internal static class LeaderboardRegistration
{
    public static IServiceCollection AddLeaderboards(this IServiceCollection services)
    {
        services.AddSingleton<LeaderboardQueries>();
        services.AddSingleton<BoardPlacement>();
        services.AddSingleton<ChangePlacement>();
        services.AddSingleton<RetiredBoardTables>();
        services.AddSingleton<BoardStore>();
        services.AddSingleton<BoardFold>();
        services.AddScoped<LeaderboardAccess>();
        services.AddScoped<LeaderboardReader>();
        services.AddSingleton<ILedgerFollower, LeaderboardFollower>();
        services.ConfigureMarten(options =>
        {
            foreach (var table in new LeaderboardTables(options.DatabaseSchemaName).Definitions()) options.Storage.ExtendedSchemaObjects.Add(table);
        });
        return services;
    }
}
