using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Contracts;
using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Recognition.Tests.Rewards;

/// <summary>An enterprise with a branch and two workers, built through the API; honours are appended as the nominations would append them.</summary>
internal sealed record RewardWorld(string Admin, Guid Enterprise, Guid Branch, Guid Worker, string WorkerToken, Guid OtherWorker, string OtherWorkerToken)
{
    public static async Task<RewardWorld> CreateAsync(GraphQLClient client)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await client.SignInAsAdminAsync();
        var district = await client.DistrictAsync(admin, $"东区街道{tag}");
        var enterprise = await client.EnterpriseAsync(admin, $"蜂鸟配送{tag}");
        var branch = await client.BranchAsync(admin, $"蜂鸟配送支部{tag}", district, enterprise);
        var (worker, token) = await client.WorkerWithAccountAsync(admin, "陈小龙", enterprise, branch);
        var (other, otherToken) = await client.WorkerWithAccountAsync(admin, "林美玲", enterprise, branch);
        return new RewardWorld(admin, enterprise, branch, worker, token, other, otherToken);
    }
}

internal static class Honours
{
    /// <summary>Appends an awarded honour to a new nomination stream (with the eligibility facts first, when given) and returns its id.</summary>
    public static async Task<(Guid Id, string Certificate)> AwardAsync(
        this TestPlatform platform, string scheme, SubjectRef subject, string name, string period = "2026", int? verifiedReports = null)
    {
        var id = Guid.NewGuid();
        var certificate = $"JF-{period}-{id.ToString("N")[..10].ToUpperInvariant()}";
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.LastModifiedBy = "test-awarding-admin";
        // Drafted first, as every nomination stream begins: the nominations' own projection builds on it.
        var events = new List<object> { new NominationDrafted(id, scheme, period, subject, name, "测试推荐理由", Guid.Empty, "测试推荐人") };
        if (verifiedReports is { } reports)
            events.Add(new EligibilityChecked(id, true, [], Facts(subject, name, period, reports)));
        events.Add(new HonourAwarded(id, scheme, period, subject, name, certificate, DateTimeOffset.UtcNow));
        session.Events.StartStream(id, [.. events]);
        await session.SaveChangesAsync();
        return (id, certificate);
    }

    public static async Task RevokeAsync(this TestPlatform platform, Guid honourId, string reason = "核查发现材料不实")
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.LastModifiedBy = "test-awarding-admin";
        session.Events.Append(honourId, new HonourRevoked(honourId, reason));
        await session.SaveChangesAsync();
    }

    /// <summary>Waits for the async daemon (the rewards subscription among others) to reach the end of the event log.</summary>
    public static Task CaughtUpAsync(this TestPlatform platform) =>
        platform.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    private static SubjectFacts Facts(SubjectRef subject, string name, string period, int reports) => new(
        subject, name, new SchemePeriod(period, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch), 0, new Dictionary<string, int>(),
        reports, 0, 12, null, null, null, [], [Sector.FoodDelivery]);
}

internal static class RewardCalls
{
    public const string Reward = "id index kind amount status refusalCode sourceKey budgetYear description history { status by reason }";

    public static async Task<System.Text.Json.Nodes.JsonArray> RewardsOfHonourAsync(this GraphQLClient client, string token, Guid honour) =>
        (await client.SendAsync($"query($h: ID!) {{ recognition {{ rewardsOfHonour(honourId: $h) {{ {Reward} }} }} }}", new { h = honour }, token))
        .Ok()["recognition"]!["rewardsOfHonour"]!.AsArray();

    public static async Task<int> BalanceAsync(this GraphQLClient client, string token) =>
        (await client.SendAsync("{ points { myPoints { balance } } }", token: token)).Ok()["points"]!["myPoints"]!["balance"]!.GetValue<int>();

    public static Task<GraphQLResponse> SetBudgetAsync(this GraphQLClient client, string token, string scheme, int year, decimal amount, string reason = "年度预算") =>
        client.SendAsync("mutation($s: String!, $y: Int!, $a: Decimal!, $r: String!) { recognition { setRewardBudget(schemeId: $s, year: $y, amount: $a, reason: $r) { amount committed delivered remaining refused changes { amount previous reason } } } }",
            new { s = scheme, y = year, a = amount, r = reason }, token);

    public static async Task<System.Text.Json.Nodes.JsonNode> BudgetAsync(this GraphQLClient client, string token, string scheme, int year) =>
        (await client.SendAsync("query($y: Int!) { recognition { rewardBudgets(year: $y) { schemeId amount committed delivered remaining refused changes { amount previous reason } } } }",
            new { y = year }, token)).Ok()["recognition"]!["rewardBudgets"]!.AsArray().Single(b => b!["schemeId"]!.GetValue<string>() == scheme)!;

    public static Task<GraphQLResponse> DeliverAsync(this GraphQLClient client, string token, string rewardId, string reason = "已在表彰大会上发放") =>
        client.SendAsync($"mutation($id: ID!, $r: String!) {{ recognition {{ markRewardDelivered(rewardId: $id, reason: $r) {{ {Reward} }} }} }}",
            new { id = rewardId, r = reason }, token);

    public static string Text(this System.Text.Json.Nodes.JsonNode? node, string field) => node![field]!.GetValue<string>();
}
