using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Leaderboards;
using Platform.Testing;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>The platform's board feed tables, for tests that write or read the feed directly.</summary>
internal static class FeedDatabase
{
    public static LeaderboardTables Tables(this TestPlatform platform) =>
        new(platform.Services.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName);
}
