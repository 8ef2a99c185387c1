using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Rules;
using Platform.Points.Tests.GridTasks;
using Platform.Testing;

namespace Platform.Points.Tests.Reports;

public sealed class ReportFlowTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_report_past_its_cap_shows_the_points_the_ledger_recorded()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var shown = new List<int>();
        // The shipped rules let 5 traffic reports a day count; each here is a kilometre from the last, so none is a duplicate.
        for (var i = 0; i < 6; i++)
        {
            var id = Guid.Parse((await Client.SubmittedAsync(world, latitude: world.Latitude + (i * 0.01), occurredAt: world.At.AddMinutes(i))).Text("id"));
            shown.Add((await Client.VerifyAsync(world.Verifier, id)).Report("verifyReport")["recordedPoints"]!.GetValue<int>());
            if (i == 5) Assert.Equal(0, (await Client.ReportAsync(world.Admin, id))["recordedPoints"]!.GetValue<int>());
        }

        Assert.Equal([10, 10, 10, 10, 10, 0], shown);
        Assert.Equal(50, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task A_verified_report_earns_its_category_points_and_an_overturn_takes_them_back()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var occurredAt = world.At;
        string[] evidence = ["upload:01HX9ABC", "https://img.example.cn/r/1.jpg"];

        var submitted = (await Client.SubmitAsync(world, category: "FIRE", occurredAt: occurredAt, evidence: evidence)).Report("submitReport");
        Assert.Equal("SUBMITTED", submitted.Text("status"));
        Assert.Equal("FIRE", submitted.Text("category"));
        Assert.Equal("陈小龙", submitted.Text("workerName"));
        Assert.Equal(world.Latitude, submitted["latitude"]!.GetValue<double>(), 9);
        Assert.Equal(evidence, submitted["evidence"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Null(submitted["duplicateOf"]);
        Assert.Null(submitted["recordedPoints"]);
        Assert.Empty(submitted["history"]!.AsArray());
        var id = Guid.Parse(submitted.Text("id"));
        Assert.Equal([id.ToString()], (await Client.ToVerifyAsync(world.Verifier, world.Community))["items"]!.AsArray().Select(r => r!.Text("id")));

        var triaged = (await Client.TriageAsync(world.Verifier, id, "已转消防核实")).Report("triageReport");
        Assert.Equal("IN_REVIEW", triaged.Text("status"));
        Assert.Equal("已转消防核实", Assert.Single(triaged["history"]!.AsArray())!.Text("reason"));

        var verified = (await Client.VerifyAsync(world.Verifier, id, "消防确认楼道堆放易燃物")).Report("verifyReport");
        Assert.Equal("VERIFIED", verified.Text("status"));
        Assert.Equal(30, verified["recordedPoints"]!.GetValue<int>());
        var decision = verified["history"]!.AsArray()[1]!;
        Assert.Equal("VERIFIED", decision.Text("status"));
        Assert.Equal("消防确认楼道堆放易燃物", decision.Text("reason"));
        Assert.Equal(30, decision["points"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(decision.Text("by")));

        var mine = await Client.MyPointsAsync(world.ReporterToken);
        Assert.Equal(30, mine["balance"]!.GetValue<int>());
        var entry = Assert.Single(mine["entries"]!["items"]!.AsArray())!;
        Assert.Equal("REPORT", entry.Text("source"));
        Assert.Equal(id.ToString(), entry.Text("sourceId"));
        Assert.Equal($"report:{id:N}", entry.Text("sourceKey"));
        Assert.Equal("Fire", entry.Text("category"));
        Assert.Contains("消防确认楼道堆放易燃物", entry.Text("reason"));
        Assert.Equal(occurredAt.ToUnixTimeSeconds(), DateTimeOffset.Parse(entry.Text("occurredAt"), CultureInfo.InvariantCulture).ToUnixTimeSeconds());

        var overturned = (await Client.OverturnAsync(world.Verifier, id, "复查发现照片为旧图")).Report("overturnReportVerification");
        Assert.Equal("OVERTURNED", overturned.Text("status"));
        Assert.Equal(0, overturned["recordedPoints"]!.GetValue<int>());
        Assert.Equal(["IN_REVIEW", "VERIFIED", "OVERTURNED"], overturned["history"]!.AsArray().Select(h => h!.Text("status")));
        Assert.Equal(-30, overturned["history"]!.AsArray()[2]!["points"]!.GetValue<int>());

        mine = await Client.MyPointsAsync(world.ReporterToken);
        Assert.Equal(0, mine["balance"]!.GetValue<int>());
        var reversal = mine["entries"]!["items"]!.AsArray()[0]!;
        Assert.Equal("REVERSAL", reversal.Text("source"));
        Assert.Equal(-30, reversal["points"]!.GetValue<int>());
        Assert.Equal($"report:{id:N}", reversal.Text("reversalOf"));
        Assert.Contains("复查发现照片为旧图", reversal.Text("reason"));
        Assert.Equal("OVERTURNED", (await Client.ReportAsync(world.ReporterToken, id)).Text("status"));
    }

    [Fact]
    public async Task A_rejected_report_earns_nothing_and_shows_who_rejected_it_and_why()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);

        var rejected = (await Client.RejectAsync(world.Verifier, id, "现场无此情况")).Report("rejectReport");

        Assert.Equal("REJECTED", rejected.Text("status"));
        Assert.Null(rejected["recordedPoints"]);
        var decision = Assert.Single(rejected["history"]!.AsArray())!;
        Assert.Equal("现场无此情况", decision.Text("reason"));
        Assert.False(string.IsNullOrEmpty(decision.Text("by")));
        Assert.Equal(0, await Client.BalanceAsync(world.ReporterToken));
        Assert.Empty((await Client.MyPointsAsync(world.ReporterToken))["entries"]!["items"]!.AsArray());
        Assert.Equal(["CONFLICT"], (await Client.VerifyAsync(world.Verifier, id)).ErrorCodes);
        Assert.Equal(["CONFLICT"], (await Client.OverturnAsync(world.Verifier, id)).ErrorCodes);
        Assert.Equal(0, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task The_programme_office_may_verify_and_a_verifier_of_the_community_may_overturn()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world, "DRUGS");

        (await Client.VerifyAsync(world.Admin, id)).Ok();
        Assert.Equal(50, await Client.BalanceAsync(world.ReporterToken));
        (await Client.OverturnAsync(world.Verifier, id)).Ok();
        (await Client.OverturnAsync(world.Verifier, id, "再次提交")).Ok();

        var mine = await Client.MyPointsAsync(world.ReporterToken);
        Assert.Equal(0, mine["balance"]!.GetValue<int>());
        Assert.Equal(2, mine["entries"]!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task My_reports_are_newest_first_a_page_at_a_time_and_the_queue_oldest_first_by_status()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var ids = new List<Guid>();
        foreach (var category in new[] { "TRAFFIC", "FOOD_SAFETY", "PUBLIC_ORDER" }) ids.Add(await Client.SubmittedIdAsync(world, category));
        (await Client.TriageAsync(world.Verifier, ids[1])).Ok();
        (await Client.RejectAsync(world.Verifier, ids[2])).Ok();

        var first = await Client.MyReportsAsync(world.ReporterToken, first: 2);
        var second = await Client.MyReportsAsync(world.ReporterToken, first: 2, after: first.Text("nextCursor"));
        Assert.Equal(3, first["totalCount"]!.GetValue<int>());
        Assert.Equal(Enumerable.Reverse(ids), first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(r => Guid.Parse(r!.Text("id"))));
        Assert.Null(second["nextCursor"]);
        Assert.Equal(0, (await Client.MyReportsAsync(world.OtherWorkerToken))["totalCount"]!.GetValue<int>());

        var waiting = await Client.ToVerifyAsync(world.Verifier, world.Community);
        Assert.Equal([ids[0], ids[1]], waiting["items"]!.AsArray().Select(r => Guid.Parse(r!.Text("id"))));
        var rejected = await Client.ToVerifyAsync(world.Admin, world.Community, "REJECTED");
        Assert.Equal([ids[2]], rejected["items"]!.AsArray().Select(r => Guid.Parse(r!.Text("id"))));

        var bad = await Client.SendAsync(ReportCalls.Mine, new { f = 2, a = "not-a-cursor" }, world.ReporterToken);
        Assert.Equal(["VALIDATION"], bad.ErrorCodes);
        Assert.Equal("after", bad.Field());
    }

    [Fact]
    public async Task The_award_names_the_rule_and_rules_version_and_a_night_report_earns_the_night_multiplier()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var night = ReportWorld.Recent(platform.Services, ReportWorld.Night);
        var version = platform.Services.GetRequiredService<PointRules>().Current.Version;
        var atNight = Guid.Parse((await Client.SubmittedAsync(world, occurredAt: night)).Text("id"));
        var byDay = Guid.Parse((await Client.SubmittedAsync(world, token: world.OtherWorkerToken)).Text("id"));

        var verified = (await Client.VerifyAsync(world.Verifier, atNight)).Report("verifyReport");
        (await Client.VerifyAsync(world.Verifier, byDay)).Ok();

        // report-traffic: 10 points, × 1.5 at night.
        Assert.Equal(15, verified["recordedPoints"]!.GetValue<int>());
        var entry = Assert.Single((await Client.MyPointsAsync(world.ReporterToken))["entries"]!["items"]!.AsArray())!;
        Assert.Equal(15, entry["points"]!.GetValue<int>());
        Assert.Equal("report-traffic", entry.Text("rule"));
        Assert.Equal(version, entry.Text("ruleVersion"));
        Assert.Equal(["night"], entry["flags"]!.AsArray().Select(f => f!.GetValue<string>()));
        var daytime = Assert.Single((await Client.MyPointsAsync(world.OtherWorkerToken))["entries"]!["items"]!.AsArray())!;
        Assert.Equal(10, daytime["points"]!.GetValue<int>());
        Assert.Empty(daytime["flags"]!.AsArray());
    }
}
