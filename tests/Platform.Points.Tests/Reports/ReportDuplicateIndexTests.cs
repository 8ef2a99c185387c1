using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Reports;
using Platform.Testing;

namespace Platform.Points.Tests.Reports;

public sealed class ReportDuplicateIndexTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task Duplicate_candidates_are_found_through_the_category_and_time_index_not_a_scan()
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var now = DateTimeOffset.UtcNow;
        var command = ReportDuplicates.Candidates(session, ReportCategory.Fire, now.AddHours(-1), now).ToCommand();

        var plan = await QueryPlans.ExplainAsync(platform.ConnectionString, command);

        Assert.Contains(plan, line => line.Contains("ix_points_report_category_time", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("Index Cond", StringComparison.Ordinal) && line.Contains("occurredAt", StringComparison.Ordinal));
    }
}
