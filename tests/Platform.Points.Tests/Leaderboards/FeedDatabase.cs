using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Points.Leaderboards;
using Platform.Testing;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>The platform's board feed tables and a connection to them, for tests that write or read the feed directly.</summary>
internal static class FeedDatabase
{
    public static LeaderboardTables Tables(this TestPlatform platform) =>
        new(platform.Services.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName);

    public static async Task<NpgsqlConnection> OpenAsync(this TestPlatform platform)
    {
        var connection = platform.Services.GetRequiredService<IDocumentStore>().Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return connection;
    }
}
