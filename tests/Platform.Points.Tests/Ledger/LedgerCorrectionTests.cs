using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Ledger;

public sealed class LedgerCorrectionTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string Adjust = """
        mutation($w: ID!, $p: Int!, $r: String!, $k: String!) {
          points { adjustPoints(workerId: $w, points: $p, reason: $r, idempotencyKey: $k) { sourceKey source points reason category } } }
        """;

    private const string Reverse = """
        mutation($k: String!, $r: String!) { points { reverseAward(sourceKey: $k, reason: $r) { sourceKey source points reversalOf } } }
        """;

    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task An_adjustment_counts_once_per_key_and_may_take_points_away()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var key = $"fix-{Guid.NewGuid():N}";

        var first = (await Client.SendAsync(Adjust, new { w = world.WorkerA, p = 20, r = "补录线下活动积分", k = key }, world.Admin)).Points()["adjustPoints"]!;
        var repeat = (await Client.SendAsync(Adjust, new { w = world.WorkerA, p = 20, r = "补录线下活动积分", k = key }, world.Admin)).Points()["adjustPoints"]!;
        (await Client.SendAsync(Adjust, new { w = world.WorkerA, p = -5, r = "重复登记扣回", k = $"fix-{Guid.NewGuid():N}" }, world.Admin)).Ok();

        Assert.Equal(first.ToJsonString(), repeat.ToJsonString());
        Assert.Equal("ADJUSTMENT", first["source"]!.GetValue<string>());
        var account = await AccountAsync(world.WorkerAToken);
        Assert.Equal(15, account["balance"]!.GetValue<int>());
        Assert.Equal(15, account["byCategory"]!.AsArray().Single(c => c!["category"]!.GetValue<string>() == "Adjustment")!["points"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_reversal_takes_an_award_back_once_and_the_history_keeps_both()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (_, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch, type: "SKILLS_COURSE");
        var key = (await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken)).Points()["checkIn"]!["sourceKey"]!.GetValue<string>();

        var reversals = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            Client.SendAsync(Reverse, new { k = key, r = "签到作假，核实后撤销" }, world.Admin)));

        Assert.Single(reversals.Select(r => r.Points()["reverseAward"]!.ToJsonString()).Distinct());
        var reversal = reversals[0].Points()["reverseAward"]!;
        Assert.Equal(-12, reversal["points"]!.GetValue<int>());
        Assert.Equal(key, reversal["reversalOf"]!.GetValue<string>());
        var account = await AccountAsync(world.WorkerAToken);
        Assert.Equal(0, account["balance"]!.GetValue<int>());
        Assert.Equal(2, account["awards"]!.GetValue<int>());

        var again = await Client.SendAsync(Reverse, new { k = reversal["sourceKey"]!.GetValue<string>(), r = "撤销撤销" }, world.Admin);
        Assert.Equal(["VALIDATION"], again.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.SendAsync(Reverse, new { k = "activity:nope", r = "不存在" }, world.Admin)).ErrorCodes);
    }

    [Fact]
    public async Task An_award_is_reversed_once_also_after_its_worker_grain_has_forgotten_it()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var key = (await Client.SendAsync(Adjust, new { w = world.WorkerB, p = 30, r = "补录线下活动积分", k = $"fix-{Guid.NewGuid():N}" }, world.Admin))
            .Points()["adjustPoints"]!["sourceKey"]!.GetValue<string>();

        // A restart leaves the grain nothing in memory: it finds the award, and then its reversal, in the ledger.
        await platform.RestartAsync();
        var reversal = (await Client.SendAsync(Reverse, new { k = key, r = "重复登记撤销" }, world.Admin)).Points()["reverseAward"]!;
        await platform.RestartAsync();
        var repeat = (await Client.SendAsync(Reverse, new { k = key, r = "重复登记撤销" }, world.Admin)).Points()["reverseAward"]!;

        Assert.Equal(-30, reversal["points"]!.GetValue<int>());
        Assert.Equal(key, reversal["reversalOf"]!.GetValue<string>());
        Assert.Equal(reversal.ToJsonString(), repeat.ToJsonString());
        Assert.Equal(0, (await AccountAsync(world.WorkerBToken))["balance"]!.GetValue<int>());
    }

    [Fact]
    public async Task Periods_are_counted_in_the_programme_time_zone()
    {
        var world = await PointsWorld.CreateAsync(Client);
        // 17:30 UTC on 31 January is 01:30 on 1 February in Asia/Shanghai: a February source.
        var start = new DateTimeOffset(2026, 1, 31, 17, 30, 0, TimeSpan.Zero);
        var activity = (await Client.CreateActivityAsync(world.Secretary, world.Branch, start, start.AddHours(2), "BRANCH_MEETING"))
            .Points()["createActivity"]!["id"]!.GetValue<string>();
        (await Client.SendAsync("mutation($a: ID!, $w: ID!) { points { confirmAttendance(activityId: $a, workerId: $w) { points } } }",
            new { a = activity, w = world.WorkerA }, world.Secretary)).Ok();

        var periods = (await Client.SendAsync("""
            { points { myPoints {
                january: inPeriod(period: MONTH, on: "2026-01-20") february: inPeriod(period: MONTH, on: "2026-02-10")
                q1: inPeriod(period: QUARTER, on: "2026-03-31") q2: inPeriod(period: QUARTER, on: "2026-04-01")
                year: inPeriod(period: YEAR, on: "2026-12-31") lastYear: inPeriod(period: YEAR, on: "2025-06-01") all: inPeriod(period: ALL_TIME)
                entries { items { month } } } } }
            """, token: world.WorkerAToken)).Points()["myPoints"]!;

        Assert.Equal(0, periods["january"]!.GetValue<int>());
        Assert.Equal(8, periods["february"]!.GetValue<int>());
        Assert.Equal(8, periods["q1"]!.GetValue<int>());
        Assert.Equal(0, periods["q2"]!.GetValue<int>());
        Assert.Equal(8, periods["year"]!.GetValue<int>());
        Assert.Equal(0, periods["lastYear"]!.GetValue<int>());
        Assert.Equal(8, periods["all"]!.GetValue<int>());
        Assert.Equal("2026-02", periods["entries"]!["items"]![0]!["month"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(0, "why not", "key-12345678", "points")]
    [InlineData(5000, "why not", "key-12345678", "points")]
    [InlineData(5, " ", "key-12345678", "reason")]
    [InlineData(5, "why not", "short", "idempotencyKey")]
    [InlineData(5, "why not", "has space in it", "idempotencyKey")]
    public async Task Bad_adjustments_are_refused_with_the_field_and_change_nothing(int points, string reason, string key, string field)
    {
        var world = await PointsWorld.CreateAsync(Client);
        var response = await Client.SendAsync(Adjust, new { w = world.WorkerA, p = points, r = reason, k = key }, world.Admin);
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(0, (await AccountAsync(world.WorkerAToken))["balance"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_the_programme_office_corrects_a_ledger_and_a_key_belongs_to_one_worker()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var key = $"fix-{Guid.NewGuid():N}";
        var bySecretary = await Client.SendAsync(Adjust, new { w = world.WorkerA, p = 5, r = "自己加分", k = key }, world.Secretary);
        Assert.Equal(["FORBIDDEN"], bySecretary.ErrorCodes);

        (await Client.SendAsync(Adjust, new { w = world.WorkerA, p = 5, r = "补录", k = key }, world.Admin)).Ok();
        var reused = await Client.SendAsync(Adjust, new { w = world.WorkerB, p = 5, r = "补录", k = key }, world.Admin);
        Assert.Equal(["CONFLICT"], reused.ErrorCodes);
        Assert.Equal(0, (await AccountAsync(world.WorkerBToken))["balance"]!.GetValue<int>());
        Assert.Equal(["NOT_FOUND"], (await Client.SendAsync(Adjust, new { w = Guid.NewGuid(), p = 5, r = "补录", k = $"fix-{Guid.NewGuid():N}" }, world.Admin)).ErrorCodes);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> AccountAsync(string workerToken) =>
        (await Client.SendAsync("{ points { myPoints { balance awards byCategory { category points } } } }", token: workerToken)).Points()["myPoints"]!;
}
