using Platform.Recognition.Contracts;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Recognition.Tests.Rewards;

public sealed class RewardAccessTests(RewardsPlatform platform) : IClassFixture<RewardsPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_workers_honour_is_seen_by_the_worker_and_the_enterprises_admin_and_refused_to_others()
    {
        var world = await RewardWorld.CreateAsync(Client);
        var (honour, _) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2060");
        await platform.CaughtUpAsync();
        var ownAdmin = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", world.Enterprise);
        var outsider = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", Guid.NewGuid());
        var secretary = await Client.UserWithRoleAsync(world.Admin, "SECRETARY", world.Branch);

        Assert.Equal(4, (await Client.RewardsOfHonourAsync(world.WorkerToken, honour)).Count);
        Assert.Equal(4, (await Client.RewardsOfHonourAsync(ownAdmin, honour)).Count);
        Assert.Equal(["FORBIDDEN"], (await OfHonourAsync(world.OtherWorkerToken, honour)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await OfHonourAsync(outsider, honour)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await OfHonourAsync(secretary, honour)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await OfHonourAsync(null, honour)).ErrorCodes);
        Assert.Empty((await Client.SendAsync("{ recognition { myRewards { id } } }", token: world.OtherWorkerToken)).Ok()["recognition"]!["myRewards"]!.AsArray());
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("{ recognition { rewardBudgets(year: 2060) { amount } } }", token: ownAdmin)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SetBudgetAsync(world.WorkerToken, RewardsPlatform.WorkerScheme, 2060, 10)).ErrorCodes);
        var title = (await Client.RewardsOfHonourAsync(world.Admin, honour))[2]!.Text("id");
        Assert.Equal(["FORBIDDEN"], (await Client.DeliverAsync(ownAdmin, title)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.DeliverAsync(world.WorkerToken, title)).ErrorCodes);
    }

    [Fact]
    public async Task An_enterprises_admin_confirms_its_own_title_but_not_its_cash_nor_another_enterprises_title()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.EnterpriseScheme, 2061, 5000)).Ok();
        var (honour, _) = await platform.AwardAsync(RewardsPlatform.EnterpriseScheme, new SubjectRef(SubjectKind.Enterprise, world.Enterprise), "蜂鸟配送", "2061");
        await platform.CaughtUpAsync();
        var ownAdmin = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", world.Enterprise);
        var outsider = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", Guid.NewGuid());
        var rewards = await Client.RewardsOfHonourAsync(ownAdmin, honour);

        Assert.Equal(["FORBIDDEN"], (await Client.DeliverAsync(outsider, rewards[0]!.Text("id"))).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.DeliverAsync(ownAdmin, rewards[1]!.Text("id"))).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await OfHonourAsync(outsider, honour)).ErrorCodes);
        Assert.Equal("DELIVERED", (await Client.DeliverAsync(ownAdmin, rewards[0]!.Text("id"), "牌匾已挂于企业大厅")).Ok()["recognition"]!["markRewardDelivered"]!.Text("status"));
    }

    [Fact]
    public async Task Bad_input_gets_a_code_and_changes_nothing()
    {
        var world = await RewardWorld.CreateAsync(Client);
        (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2062, 1000)).Ok();
        var (honour, _) = await platform.AwardAsync(RewardsPlatform.WorkerScheme, new SubjectRef(SubjectKind.Worker, world.Worker), "陈小龙", "2062");
        await platform.CaughtUpAsync();
        var rewards = await Client.RewardsOfHonourAsync(world.Admin, honour);

        Assert.Equal(["NOT_FOUND"], (await Client.SetBudgetAsync(world.Admin, "NoSuchScheme", 2062, 10)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2062, -1)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2062, 10.001m)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 1999, 10)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2062, 10, " ")).ErrorCodes);
        Assert.Equal(["CONFLICT"], (await Client.SetBudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2062, 299)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.DeliverAsync(world.Admin, "not-an-id")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.DeliverAsync(world.Admin, Guid.NewGuid().ToString())).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.DeliverAsync(world.Admin, rewards[1]!.Text("id"), "x")).ErrorCodes);
        Assert.Equal(["CONFLICT"], (await Client.DeliverAsync(world.Admin, rewards[0]!.Text("id"))).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await OfHonourAsync(world.Admin, "nope")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await OfHonourAsync(world.Admin, Guid.NewGuid())).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SendAsync("{ recognition { rewardBudgets(year: 3000) { amount } } }", token: world.Admin)).ErrorCodes);

        var budget = await Client.BudgetAsync(world.Admin, RewardsPlatform.WorkerScheme, 2062);
        Assert.Equal((1000m, 300m, 1), (budget["amount"]!.GetValue<decimal>(), budget["committed"]!.GetValue<decimal>(), budget["changes"]!.AsArray().Count));
        Assert.Equal(["DELIVERED", "GRANTED"], (await Client.RewardsOfHonourAsync(world.Admin, honour)).Take(2).Select(r => r.Text("status")));
    }

    private Task<GraphQLResponse> OfHonourAsync(string? token, object honour) =>
        Client.SendAsync("query($h: ID!) { recognition { rewardsOfHonour(honourId: $h) { id } } }", new { h = honour }, token);
}
