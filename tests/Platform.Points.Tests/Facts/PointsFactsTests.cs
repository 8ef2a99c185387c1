using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Tests.Reports;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Facts;

/// <summary>What Recognition reads through <see cref="IPointsFacts"/>, after points given through the API.</summary>
public sealed class PointsFactsTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private static readonly DateTimeOffset From = DateTimeOffset.UtcNow.AddDays(-1);
    private static readonly DateTimeOffset To = DateTimeOffset.UtcNow.AddDays(1);

    [Fact]
    public async Task A_workers_branchs_and_enterprises_points_in_a_period_are_the_sums_of_their_entries_by_category()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await AdjustAsync(world, world.WorkerA, 30, "Training");
        await AdjustAsync(world, world.WorkerA, 12, "Report");
        await AdjustAsync(world, world.WorkerA, -2, "Training");
        await AdjustAsync(world, world.WorkerB, 5, "Training");

        await using var scope = platform.Services.CreateAsyncScope();
        var facts = scope.ServiceProvider.GetRequiredService<IPointsFacts>();
        var a = await facts.WorkerAsync(world.WorkerA, From, To, CancellationToken.None);
        Assert.Equal(40, a.Points.Total);
        Assert.Equal(new Dictionary<string, int> { ["Training"] = 28, ["Report"] = 12 }, a.Points.ByCategory);
        Assert.Equal(0, a.VerifiedReports);
        Assert.Equal(45, (await facts.BranchAsync(world.Branch, From, To, CancellationToken.None)).Total);
        Assert.Equal(33, (await facts.EnterpriseAsync(world.Enterprise, From, To, CancellationToken.None)).ByCategory["Training"]);
        // The period is [from, to): points of today are not in a period that ended an hour ago.
        Assert.Equal(0, (await facts.WorkerAsync(world.WorkerA, From.AddDays(-30), DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None)).Points.Total);
    }

    [Fact]
    public async Task Rankings_list_the_most_points_first_page_by_page_and_restricted_to_where_workers_earned()
    {
        var world = await PointsWorld.CreateAsync(platform.Client);
        await AdjustAsync(world, world.WorkerA, 7, "Training");
        await AdjustAsync(world, world.WorkerB, 9, "Training");

        await using var scope = platform.Services.CreateAsyncScope();
        var facts = scope.ServiceProvider.GetRequiredService<IPointsFacts>();
        var inBranch = await facts.TopAsync(new PointsRanking(PointsHolder.Worker, From, To, 10, BranchId: world.Branch), CancellationToken.None);
        Assert.Equal([new PointsStanding(world.WorkerB, 9), new PointsStanding(world.WorkerA, 7)], inBranch);
        var second = await facts.TopAsync(new PointsRanking(PointsHolder.Worker, From, To, 10, inBranch[0], EnterpriseId: world.Enterprise), CancellationToken.None);
        Assert.Equal([new PointsStanding(world.WorkerA, 7)], second);
        Assert.Empty(await facts.TopAsync(new PointsRanking(PointsHolder.Worker, From, To, 10, BranchId: world.OtherBranch), CancellationToken.None));
        Assert.Equal(2, (await facts.TopAsync(new PointsRanking(PointsHolder.Worker, From, To, 10, DistrictIds: [world.District]), CancellationToken.None)).Count);
        Assert.Contains(new PointsStanding(world.Branch, 16),
            await facts.TopAsync(new PointsRanking(PointsHolder.Branch, From, To, 1000), CancellationToken.None));
    }

    [Fact]
    public async Task Verified_reports_count_those_verified_in_the_period_whose_verification_stands()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var kept = await platform.Client.SubmittedIdAsync(world, "TRAFFIC");
        var overturned = await platform.Client.SubmittedIdAsync(world, "FIRE");
        var rejected = await platform.Client.SubmittedIdAsync(world, "FOOD_SAFETY");
        await platform.Client.SubmittedIdAsync(world, "DRUGS");
        (await platform.Client.VerifyAsync(world.Verifier, kept)).Points();
        (await platform.Client.VerifyAsync(world.Verifier, overturned)).Points();
        (await platform.Client.OverturnAsync(world.Verifier, overturned)).Points();
        (await platform.Client.RejectAsync(world.Verifier, rejected)).Points();

        await using var scope = platform.Services.CreateAsyncScope();
        var facts = scope.ServiceProvider.GetRequiredService<IPointsFacts>();
        // Reports happen up to 26 hours before they are sent (ReportWorld.At); their points count when they happened.
        var now = await facts.WorkerAsync(world.Reporter, From.AddDays(-2), To, CancellationToken.None);
        Assert.Equal(1, now.VerifiedReports);
        Assert.Equal(await platform.Client.BalanceAsync(world.ReporterToken), now.Points.Total);
        Assert.Equal(0, (await facts.WorkerAsync(world.Reporter, From.AddDays(-30), DateTimeOffset.UtcNow.AddMinutes(-30), CancellationToken.None)).VerifiedReports);
    }

    private async Task AdjustAsync(PointsWorld world, Guid worker, int points, string category) =>
        (await platform.Client.SendAsync(
            "mutation($w: ID!, $p: Int!, $c: String, $k: String!) { points { adjustPoints(workerId: $w, points: $p, category: $c, reason: \"测试加分\", idempotencyKey: $k) { sourceKey } } }",
            new { w = worker, p = points, c = category, k = $"facts-{Guid.NewGuid():N}" }, world.Admin)).Ok();
}
