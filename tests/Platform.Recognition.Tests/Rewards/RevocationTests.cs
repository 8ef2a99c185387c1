using Platform.Recognition.Contracts;
using Platform.Testing;

namespace Platform.Recognition.Tests.Rewards;

public sealed class RevocationTests(RewardsPlatform platform) : IClassFixture<RewardsPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Revoking_an_honour_reverses_its_bonus_points_cancels_undelivered_rewards_and_releases_the_budget()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2050, 1000)).Ok();
        var (honour, certificate) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2050", verifiedReports: 2);
        await platform.CaughtUpAsync();
        Assert.Equal(60, await Client.BalanceAsync(world.WorkerToken));

        await platform.RevokeAsync(honour, "核查发现材料不实");
        await platform.CaughtUpAsync();

        Assert.Equal(0, await Client.BalanceAsync(world.WorkerToken));
        var rewards = await Client.RewardsOfHonourAsync(world.Admin, honour);
        Assert.Equal(["BONUS_POINTS:REVERSED", "VOUCHER:CANCELLED", "TITLE:CANCELLED", "SKILLS_RATING_PRIORITY:CANCELLED", "BONUS_POINTS:REVERSED"],
            rewards.Select(r => $"{r.Text("kind")}:{r.Text("status")}"));
        Assert.Contains("核查发现材料不实", rewards[1]!["history"]!.AsArray()[^1]!.Text("reason"));
        var budget = await Client.BudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2050);
        Assert.Equal((0m, 1000m), (budget["committed"]!.GetValue<decimal>(), budget["remaining"]!.GetValue<decimal>()));
        Assert.Equal("REVOKED", (await CertificateAsync(certificate))!.Text("status"));
    }

    [Fact]
    public async Task A_reward_delivered_before_the_revocation_is_kept_as_revoked_after_delivery_and_stays_spent()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2051, 1000)).Ok();
        var (honour, _) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2051");
        await platform.CaughtUpAsync();
        var voucher = (await Client.RewardsOfHonourAsync(world.Admin, honour))[1]!.Text("id");

        var delivered = (await Client.DeliverAsync(world.Admin, voucher, "已发放至工会卡")).Ok()["recognition"]!["markRewardDelivered"]!;
        Assert.Equal("DELIVERED", delivered.Text("status"));
        Assert.Equal("已发放至工会卡", delivered["history"]!.AsArray()[^1]!.Text("reason"));
        var again = (await Client.DeliverAsync(world.Admin, voucher, "再次确认")).Ok()["recognition"]!["markRewardDelivered"]!;
        Assert.Equal(2, again["history"]!.AsArray().Count);

        await platform.RevokeAsync(honour);
        await platform.CaughtUpAsync();

        var rewards = await Client.RewardsOfHonourAsync(world.Admin, honour);
        Assert.Equal(["GRANTED", "DELIVERED", "REVOKED_AFTER_DELIVERY"], rewards[1]!["history"]!.AsArray().Select(h => h.Text("status")));
        var budget = await Client.BudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2051);
        Assert.Equal((300m, 300m), (budget["committed"]!.GetValue<decimal>(), budget["delivered"]!.GetValue<decimal>()));
        Assert.Equal(["CONFLICT"], (await Client.DeliverAsync(world.Admin, rewards[2]!.Text("id"))).ErrorCodes);
    }

    [Fact]
    public async Task An_honour_revoked_at_once_ends_with_nothing_given_and_nothing_drawn()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2053, 1000)).Ok();

        var (honour, certificate) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2053");
        await platform.RevokeAsync(honour);
        await platform.CaughtUpAsync();

        Assert.Equal(0, await Client.BalanceAsync(world.WorkerToken));
        Assert.Equal(["REVERSED", "CANCELLED", "CANCELLED", "CANCELLED"], (await Client.RewardsOfHonourAsync(world.Admin, honour)).Select(r => r.Text("status")));
        Assert.Equal(0m, (await Client.BudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2053))["committed"]!.GetValue<decimal>());
        Assert.Equal("REVOKED", (await CertificateAsync(certificate))!.Text("status"));
    }

    [Fact]
    public async Task A_certificate_is_verified_by_anyone_with_what_is_printed_on_it_and_nothing_else()
    {
        var world = await RewardWorld.CreateAsync(Client);
        var (_, certificate) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2052");
        await platform.CaughtUpAsync();

        var shown = await CertificateAsync(certificate);
        Assert.Equal((certificate, $"测试荣誉{RewardsPlatform.WorkerScheme}", "陈小龙", "2052", "VALID"),
            (shown!.Text("number"), shown.Text("schemeName"), shown.Text("subjectName"), shown.Text("period"), shown.Text("status")));
        var fields = (await Client.SendAsync("{ __type(name: \"Certificate\") { fields { name } } }", token: world.Admin)).Ok()["__type"]!["fields"]!.AsArray()
            .Select(f => f.Text("name")).Order();
        Assert.Equal(["awardedAt", "number", "period", "revokedAt", "schemeId", "schemeName", "schemeNameEn", "status", "subjectName"], fields);
        Assert.Null(await CertificateAsync("JF-NO-SUCH-NUMBER"));
        Assert.Equal(["VALIDATION"], (await Client.SendAsync("{ recognition { certificate(number: \"  \") { number } } }")).ErrorCodes);
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> CertificateAsync(string number) =>
        (await Client.SendAsync("query($n: String!) { recognition { certificate(number: $n) { number schemeName subjectName period awardedAt status revokedAt } } }",
            new { n = number })).Ok()["recognition"]!["certificate"];
}
