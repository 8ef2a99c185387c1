using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Leaderboards;
using Platform.Testing;

namespace Platform.Points.Tests.Leaderboards;

/// <summary>The platform's board tables, for tests that read the fold or plant the tables of earlier builds.</summary>
internal static class BoardDatabase
{
    public static LeaderboardTables Tables(this TestPlatform platform) =>
        new(platform.Services.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName);
}
