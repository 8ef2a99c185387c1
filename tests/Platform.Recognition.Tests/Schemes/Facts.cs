using Platform.Recognition.Contracts;

namespace Platform.Recognition.Tests.Schemes;

/// <summary>Subject facts for evaluating rules without a registry.</summary>
internal static class Facts
{
    private static readonly SchemePeriod Year = new("2026", new DateTimeOffset(2025, 12, 31, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero));

    public static SubjectFacts Worker(
        int points = 0, int activity = 0, int gridTask = 0, int report = 0, int verifiedReports = 0, int sanctions = 0,
        int tenureMonths = 12, string? memberStatus = null)
    {
        var byCategory = new Dictionary<string, int>();
        // As the ledger keeps them: by activity type, grid task kind and report category.
        if (activity != 0) byCategory["ThemeDay"] = activity;
        if (gridTask != 0) byCategory["Patrol"] = gridTask;
        if (report != 0) byCategory["Traffic"] = report;
        return new SubjectFacts(new SubjectRef(SubjectKind.Worker, Guid.NewGuid()), "张三", Year, points, byCategory,
            verifiedReports, sanctions, tenureMonths, memberStatus, null, null, [], []);
    }
}
