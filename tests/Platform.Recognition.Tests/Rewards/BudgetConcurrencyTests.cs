using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;
using Platform.Recognition.Rewards;
using Platform.Testing;

namespace Platform.Recognition.Tests.Rewards;

public sealed class BudgetConcurrencyTests(RewardsPlatform platform) : IClassFixture<RewardsPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Many_honours_awarded_at_once_never_overspend_a_small_budget()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2040, 1000)).Ok();

        // 25 honours in one transaction: the subscription gets them in one page and grants them side by side.
        await using (var session = platform.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            for (var i = 0; i < 25; i++)
            {
                var id = Guid.NewGuid();
                var subject = new SubjectRef(SubjectKind.Worker, world.Worker);
                session.Events.StartStream(id,
                    new NominationDrafted(id, RewardsPlatform.CashScheme, "2040", subject, "陈小龙", "测试推荐理由", Guid.Empty, "测试推荐人"),
                    new HonourAwarded(id, RewardsPlatform.CashScheme, "2040", subject, "陈小龙", $"JF-2040-{i:D4}", DateTimeOffset.UtcNow));
            }
            await session.SaveChangesAsync();
        }
        await platform.CaughtUpAsync();

        var budget = await Client.BudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2040);
        Assert.Equal((1000m, 0m, 15), (budget["committed"]!.GetValue<decimal>(), budget["remaining"]!.GetValue<decimal>(), budget["refused"]!.GetValue<int>()));
        var statuses = await StatusesAsync(2040);
        Assert.Equal(10, statuses.Count(s => s == "Granted"));
        Assert.Equal(15, statuses.Count(s => s == "Refused:BUDGET_EXHAUSTED"));
        var refused = (await Client.SendAsync("{ recognition { budgetRewards(schemeId: \"RewardsTestCash\", year: 2040, status: REFUSED) { refusalCode } } }", token: world.Admin))
            .Ok()["recognition"]!["budgetRewards"]!.AsArray();
        Assert.Equal(Enumerable.Repeat("BUDGET_EXHAUSTED", 15), refused.Select(r => r.Text("refusalCode")));
    }

    [Fact]
    public async Task Grants_racing_from_many_callers_each_honour_twice_stay_within_the_budget_and_grant_once()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2041, 550)).Ok();
        var honours = Enumerable.Range(0, 20).Select(i => new HonourAwarded(Guid.NewGuid(), RewardsPlatform.CashScheme, "2041",
            new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", $"JF-2041-{i:D4}", DateTimeOffset.UtcNow)).ToList();

        // Every caller has its own scope, session and connection: to PostgreSQL they are as many hosts.
        // Each honour is granted twice at once, as a redelivery racing the first delivery would.
        await Task.WhenAll(honours.Concat(honours).Select(h => Task.Run(async () =>
        {
            await using var scope = platform.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RewardGrants>().GrantAsync(h, "test-racer", CancellationToken.None);
        })));

        var budget = await Client.BudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2041);
        Assert.Equal((500m, 50m, 15), (budget["committed"]!.GetValue<decimal>(), budget["remaining"]!.GetValue<decimal>(), budget["refused"]!.GetValue<int>()));
        var statuses = await StatusesAsync(2041);
        Assert.Equal(20, statuses.Count);
        Assert.Equal(5, statuses.Count(s => s == "Granted"));
    }

    [Fact]
    public async Task A_budget_raised_later_covers_later_honours_and_its_history_keeps_every_change()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2042, 100, "首批预算")).Ok();
        await platform.AwardAsync(RewardsPlatform.CashScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2042");
        await platform.CaughtUpAsync();

        Assert.Equal(["CONFLICT"], (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2042, 99.5m, "压缩预算")).ErrorCodes);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2042, 250, "追加预算")).Ok();
        var lowered = (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2042, 200, "下调预算")).Ok()["recognition"]!["setRewardBudget"]!;
        await platform.AwardAsync(RewardsPlatform.CashScheme, new SubjectRef(SubjectKind.Worker, world.OtherWorker), "林美玲", "2042");
        await platform.CaughtUpAsync();

        Assert.Equal([(100m, 0m, "首批预算"), (250m, 100m, "追加预算"), (200m, 250m, "下调预算")],
            lowered["changes"]!.AsArray().Select(c => (c!["amount"]!.GetValue<decimal>(), c["previous"]!.GetValue<decimal>(), c.Text("reason"))));
        var budget = await Client.BudgetAsync(world.Admin, RewardsPlatform.CashScheme, 2042);
        Assert.Equal((200m, 200m, 0m), (budget["amount"]!.GetValue<decimal>(), budget["committed"]!.GetValue<decimal>(), budget["remaining"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task Granting_again_after_a_revocation_gives_nothing_back()
    {
        var world = await RewardWorld.CreateAsync(Client);
        var honour = new HonourAwarded(Guid.NewGuid(), RewardsPlatform.WorkerScheme, "2043", new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙",
            "JF-2043-0001", DateTimeOffset.UtcNow);
        await using var scope = platform.Services.CreateAsyncScope();
        var grants = scope.ServiceProvider.GetRequiredService<RewardGrants>();

        await grants.GrantAsync(honour, "test-admin", CancellationToken.None);
        Assert.Equal(50, await Client.BalanceAsync(world.WorkerToken));
        await scope.ServiceProvider.GetRequiredService<RewardRevocations>()
            .RevokeAsync(new HonourRevoked(honour.NominationId, "撤销"), "test-admin", DateTimeOffset.UtcNow, CancellationToken.None);
        await grants.GrantAsync(honour, "test-admin", CancellationToken.None);

        Assert.Equal(0, await Client.BalanceAsync(world.WorkerToken));
        Assert.Equal("REVERSED", (await Client.RewardsOfHonourAsync(world.Admin, honour.NominationId))[0]!.Text("status"));
    }

    private async Task<List<string>> StatusesAsync(int year)
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var rewards = await session.Query<Reward>().Where(r => r.SchemeId == RewardsPlatform.CashScheme && r.BudgetYear == year).ToListAsync();
        return [.. rewards.Select(r => r.RefusalCode is null ? r.Status.ToString() : $"{r.Status}:{r.RefusalCode}")];
    }
}
