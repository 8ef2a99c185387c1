using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Contracts;
using Platform.Testing;

namespace Platform.Recognition.Tests.Rewards;

public sealed class RewardGrantTests(RewardsPlatform platform) : IClassFixture<RewardsPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task An_honour_grants_the_schemes_rewards_and_its_bonus_points_reach_the_workers_ledger()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2030, 1000)).Ok();

        var (honour, certificate) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2030");
        await platform.CaughtUpAsync();

        var rewards = await Client.RewardsOfHonourAsync(world.Admin, honour);
        Assert.Equal(["BONUS_POINTS:DELIVERED", "VOUCHER:GRANTED", "TITLE:GRANTED", "SKILLS_RATING_PRIORITY:GRANTED"],
            rewards.Select(r => $"{r!.Text("kind")}:{r.Text("status")}"));
        Assert.Equal($"honour:{honour}:0", rewards[0]!.Text("sourceKey"));
        Assert.Contains(certificate, rewards[2]!.Text("description"));
        Assert.Equal(50, await Client.BalanceAsync(world.WorkerToken));
        var budget = await Client.BudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2030);
        Assert.Equal((300m, 700m), (budget["committed"]!.GetValue<decimal>(), budget["remaining"]!.GetValue<decimal>()));
        var mine = (await Client.SendAsync($"{{ recognition {{ myRewards {{ {RewardCalls.Reward} }} }} }}", token: world.WorkerToken)).Ok()["recognition"]!["myRewards"]!.AsArray();
        Assert.Equal(4, mine.Count);
    }

    [Fact]
    public async Task A_reward_policy_written_in_code_adds_its_rewards_after_the_schemes()
    {
        var world = await RewardWorld.CreateAsync(Client);

        var (honour, _) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2031", verifiedReports: 4);
        await platform.CaughtUpAsync();

        var rewards = await Client.RewardsOfHonourAsync(world.WorkerToken, honour);
        Assert.Equal(5, rewards.Count);
        Assert.Equal(("BONUS_POINTS", 20m, "有奖举报加分"), (rewards[4]!.Text("kind"), rewards[4]!["amount"]!.GetValue<decimal>(), rewards[4]!.Text("description")));
        // No budget was set for 2031: the voucher is refused, and says why.
        Assert.Equal(("REFUSED", "BUDGET_EXHAUSTED"), (rewards[1]!.Text("status"), rewards[1]!.Text("refusalCode")));
        Assert.Equal(70, await Client.BalanceAsync(world.WorkerToken));
    }

    [Fact]
    public async Task Bonus_points_count_once_when_the_honour_is_handed_over_again_and_after_a_restart()
    {
        var world = await RewardWorld.CreateAsync(Client);
        var (honour, _) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2032");
        await platform.CaughtUpAsync();

        // The daemon hands every honour of the log over again, as after a lost checkpoint.
        var daemon = platform.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RewindSubscriptionAsync("recognition_rewards", CancellationToken.None, sequenceFloor: 0);
        await platform.CaughtUpAsync();
        await platform.RestartAsync();
        await platform.CaughtUpAsync();

        Assert.Equal(50, await Client.BalanceAsync(world.WorkerToken));
        var entries = (await Client.SendAsync("{ points { myPoints { entries { items { sourceKey points } } } } }", token: world.WorkerToken))
            .Ok()["points"]!["myPoints"]!["entries"]!["items"]!.AsArray();
        Assert.Single(entries, e => e!.Text("sourceKey") == $"honour:{honour}:0");
        Assert.Equal(4, (await Client.RewardsOfHonourAsync(world.Admin, honour)).Count);
    }

    [Fact]
    public async Task Bonus_points_are_not_applicable_to_an_enterprise_and_are_refused_with_a_code()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.EnterpriseScheme, 2033, 500)).Ok();

        var (honour, _) = await platform.AwardAsync(RewardsPlatform.EnterpriseScheme, new SubjectRef(SubjectKind.Enterprise, world.Enterprise), "蜂鸟配送", "2033");
        await platform.CaughtUpAsync();

        var rewards = await Client.RewardsOfHonourAsync(world.Admin, honour);
        Assert.Equal(["TITLE:GRANTED:", "CASH:GRANTED:", "BONUS_POINTS:REFUSED:NOT_APPLICABLE"],
            rewards.Select(r => $"{r.Text("kind")}:{r.Text("status")}:{r!["refusalCode"]?.GetValue<string>()}"));
        Assert.Equal(0m, (await Client.BudgetAsync(world.Admin, RewardsPlatform.EnterpriseScheme, 2033))["remaining"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_reward_tables_match_the_configured_schema_after_start()
    {
        // A mismatch (an index Marten cannot read back as configured) would rebuild it at every start.
        await platform.Services.GetRequiredService<IDocumentStore>().Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }
}
