using Platform.Points.Tests.GridTasks;
using Platform.Testing;

namespace Platform.Points.Tests.Reports;

public sealed class ReportInputTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    public static TheoryData<string, string> BadSubmissions => new()
    {
        { "unknown community", "communityId" },
        { "malformed community", "communityId" },
        { "latitude 90.5", "latitude" },
        { "longitude -180.5", "longitude" },
        { "place of 1 character", "place" },
        { "place of 201 characters", "place" },
        { "happened in the future", "occurredAt" },
        { "happened 8 days ago", "occurredAt" },
        { "description of 9 characters", "description" },
        { "description of 2001 characters", "description" },
        { "11 pieces of evidence", "evidence" },
        { "evidence of 501 characters", "evidence" },
        { "blank evidence", "evidence" },
        { "evidence over two lines", "evidence" },
        { "key of 101 characters", "idempotencyKey" },
        { "blank key", "idempotencyKey" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task A_bad_submission_is_refused_with_the_field_and_nothing_is_written(string bad, string field)
    {
        var world = await ReportWorld.CreateAsync(platform);
        var now = DateTimeOffset.UtcNow;
        var response = bad switch
        {
            "unknown community" => await Client.SubmitAsync(world, community: Guid.NewGuid()),
            "malformed community" => await Client.SendAsync(ReportCalls.Submit, new
            {
                cat = "TRAFFIC", c = "community-1", lat = 22.5, lon = 113.4, p = "岐关西路", o = now.AddHours(-1), d = ReportCalls.Description,
            }, world.ReporterToken),
            "latitude 90.5" => await Client.SubmitAsync(world, latitude: 90.5),
            "longitude -180.5" => await Client.SubmitAsync(world, longitude: -180.5),
            "place of 1 character" => await Client.SubmitAsync(world, place: " 路 "),
            "place of 201 characters" => await Client.SubmitAsync(world, place: new string('路', 201)),
            "happened in the future" => await Client.SubmitAsync(world, occurredAt: now.AddHours(1)),
            "happened 8 days ago" => await Client.SubmitAsync(world, occurredAt: now.AddDays(-8)),
            "description of 9 characters" => await Client.SubmitAsync(world, description: " 红绿灯坏了，很危险 "),
            "description of 2001 characters" => await Client.SubmitAsync(world, description: new string('险', 2001)),
            "11 pieces of evidence" => await Client.SubmitAsync(world, evidence: [.. Enumerable.Range(0, 11).Select(i => $"upload-{i}")]),
            "evidence of 501 characters" => await Client.SubmitAsync(world, evidence: ["https://img.example.cn/" + new string('a', 478)]),
            "blank evidence" => await Client.SubmitAsync(world, evidence: ["upload-1", "  "]),
            "evidence over two lines" => await Client.SubmitAsync(world, evidence: ["upload-1\nupload-2"]),
            "key of 101 characters" => await Client.SubmitAsync(world, key: new string('k', 101)),
            _ => await Client.SubmitAsync(world, key: "   "),
        };

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal(field, response.Field());
        Assert.Equal(0, (await Client.MyReportsAsync(world.ReporterToken))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_limits_themselves_are_accepted()
    {
        var world = await ReportWorld.CreateAsync(platform);

        var submitted = (await Client.SubmitAsync(world, category: "PLATFORM_VIOLATION", latitude: -90, longitude: 180, place: "岐关",
            occurredAt: DateTimeOffset.UtcNow.AddDays(-6.9), description: "平台强制骑手超时接单。",
            evidence: [.. Enumerable.Range(0, 10).Select(_ => new string('p', 500))], key: new string('k', 100))).Report("submitReport");

        Assert.Equal(10, submitted["evidence"]!.AsArray().Count);
        Assert.Equal("PLATFORM_VIOLATION", submitted.Text("category"));
    }

    public static TheoryData<string, string, string> BadDecisions => new()
    {
        { "triageReport", "note", " " },
        { "triageReport", "note", new string('注', 501) },
        { "verifyReport", "reason", "好" },
        { "verifyReport", "reason", new string('好', 501) },
        { "rejectReport", "reason", "  " },
        { "overturnReportVerification", "reason", "错" },
    };

    [Theory]
    [MemberData(nameof(BadDecisions))]
    public async Task A_decision_without_a_proper_reason_is_refused_and_nothing_changes(string mutation, string field, string why)
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);
        if (mutation == "overturnReportVerification") (await Client.VerifyAsync(world.Verifier, id)).Ok();
        var before = await Client.ReportAsync(world.Verifier, id);

        var response = await Client.SendAsync(ReportCalls.Decide(mutation, field), new { id, w = why }, world.Verifier);

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal(field, response.Field());
        Assert.Equal(before.ToJsonString(), (await Client.ReportAsync(world.Verifier, id)).ToJsonString());
        Assert.Equal(mutation == "overturnReportVerification" ? 10 : 0, await Client.BalanceAsync(world.ReporterToken));
    }

    [Theory]
    [InlineData("triageReport", "note")]
    [InlineData("verifyReport", "reason")]
    [InlineData("rejectReport", "reason")]
    [InlineData("overturnReportVerification", "reason")]
    public async Task Deciding_an_unknown_report_is_not_found_and_a_malformed_id_is_refused(string mutation, string field)
    {
        var world = await ReportWorld.CreateAsync(platform);

        Assert.Equal(["NOT_FOUND"], (await Client.SendAsync(ReportCalls.Decide(mutation, field), new { id = Guid.NewGuid(), w = "理由充分" }, world.Verifier)).ErrorCodes);
        var malformed = await Client.SendAsync(ReportCalls.Decide(mutation, field), new { id = "report-1", w = "理由充分" }, world.Verifier);
        Assert.Equal(["VALIDATION"], malformed.ErrorCodes);
        Assert.Equal("id", malformed.Field());
    }

    [Fact]
    public async Task Decisions_out_of_order_are_conflicts_and_change_nothing()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);

        Assert.Equal(["CONFLICT"], (await Client.OverturnAsync(world.Verifier, id)).ErrorCodes);
        (await Client.VerifyAsync(world.Verifier, id)).Ok();
        Assert.Equal(["CONFLICT"], (await Client.TriageAsync(world.Verifier, id)).ErrorCodes);
        Assert.Equal(["CONFLICT"], (await Client.RejectAsync(world.Verifier, id)).ErrorCodes);

        var report = await Client.ReportAsync(world.Verifier, id);
        Assert.Equal("VERIFIED", report.Text("status"));
        Assert.Single(report["history"]!.AsArray());
        Assert.Equal(10, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task A_bad_page_size_or_community_id_in_a_query_is_refused_with_its_field()
    {
        var world = await ReportWorld.CreateAsync(platform);

        var size = await Client.SendAsync(ReportCalls.ToVerify, new { c = world.Community, f = 101 }, world.Verifier);
        var community = await Client.SendAsync(ReportCalls.ToVerify, new { c = "community-1" }, world.Verifier);

        Assert.Equal("first", size.Field());
        Assert.Equal("communityId", community.Field());
    }
}
