using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests;

/// <summary>One branch with its secretary and two workers, built through the API.</summary>
internal sealed record PointsWorld(
    string Admin, Guid District, Guid Enterprise, Guid Branch, Guid OtherBranch, string Secretary,
    Guid WorkerA, string WorkerAToken, Guid WorkerB, string WorkerBToken)
{
    public static async Task<PointsWorld> CreateAsync(GraphQLClient client)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await client.SignInAsAdminAsync();
        var district = await client.DistrictAsync(admin, $"石岐街道{tag}");
        var enterprise = await client.EnterpriseAsync(admin, $"蜂鸟配送{tag}");
        var branch = await client.BranchAsync(admin, $"蜂鸟配送支部{tag}", district, enterprise);
        var other = await client.BranchAsync(admin, $"石岐区域支部{tag}", district, null);
        var secretary = await client.UserWithRoleAsync(admin, "SECRETARY", branch);
        var (a, aToken) = await client.WorkerWithAccountAsync(admin, "陈小龙", enterprise, branch);
        var (b, bToken) = await client.WorkerWithAccountAsync(admin, "林美玲", enterprise, branch);
        return new PointsWorld(admin, district, enterprise, branch, other, secretary, a, aToken, b, bToken);
    }
}

internal static class PointsCalls
{
    /// <summary>The programme office adjusts a worker's points ($w, $p) under an idempotency key ($k).</summary>
    public const string Adjust = """
        mutation($w: ID!, $p: Int!, $k: String!) { points { adjustPoints(workerId: $w, points: $p, reason: "补录线下活动积分", idempotencyKey: $k) { points } } }
        """;

    public const string CreateActivity = """
        mutation($b: ID!, $t: ActivityType!, $title: String!, $s: DateTimeOffset!, $e: DateTimeOffset!, $c: DateTimeOffset) {
          points { createActivity(branchId: $b, type: $t, title: $title, place: "石岐暖蜂驿站", startsAt: $s, endsAt: $e,
                                  checkInClosesAt: $c, reason: "本月主题党日") { id checkInCode points checkInClosesAt } } }
        """;

    public static Task<GraphQLResponse> CreateActivityAsync(
        this GraphQLClient client, string token, Guid branch, DateTimeOffset startsAt, DateTimeOffset endsAt, string type = "THEME_DAY",
        DateTimeOffset? closes = null, string title = "主题党日：安全骑行") =>
        client.SendAsync(CreateActivity, new { b = branch, t = type, title, s = startsAt, e = endsAt, c = closes }, token);

    /// <summary>
    /// An activity open for check-in now, with its id and code: it starts in ten minutes, so a
    /// check-in is on time (after the start it would be late, and 15 minutes later refused). The host's rules file (src/Platform.Host/rules/points.yaml)
    /// gives attendance 10 points for THEME_DAY and TRAINING, 8 for BRANCH_MEETING, 12 for SKILLS_COURSE, 20 for EDUCATION_UPGRADE.
    /// </summary>
    public static async Task<(Guid Id, string Code)> OngoingActivityAsync(this GraphQLClient client, string token, Guid branch, string type = "THEME_DAY")
    {
        var now = DateTimeOffset.UtcNow;
        var activity = (await client.CreateActivityAsync(token, branch, now.AddMinutes(10), now.AddHours(2), type)).Ok()["points"]!["createActivity"]!;
        return (Guid.Parse(activity["id"]!.GetValue<string>()), activity["checkInCode"]!.GetValue<string>());
    }

    public const string CheckIn = "mutation($c: String!) { points { checkIn(code: $c) { sourceKey workerId points reason awardedAt activity { id } } } }";

    public const string MyPoints = "{ points { myPoints { balance awards entries { items { sourceKey source sourceId points reason category awardedAt } } } } }";
}
