using Platform.Points.Tests.GridTasks;
using Platform.Testing;

namespace Platform.Points.Tests.Reports;

public sealed class ReportDuplicateTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_report_of_the_same_category_close_in_place_and_time_is_flagged_as_a_duplicate_of_the_earliest()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var at = world.At;
        var earliest = await Client.SubmittedAsync(world, occurredAt: at);
        var second = await Client.SubmittedAsync(world, latitude: world.North(100), occurredAt: at.AddMinutes(30), token: world.OtherWorkerToken);

        var third = await Client.SubmittedAsync(world, latitude: world.North(190), occurredAt: at.AddMinutes(59));

        Assert.Null(earliest["duplicateOf"]);
        Assert.Equal(earliest.Text("id"), second.Text("duplicateOf"));
        Assert.Equal(earliest.Text("id"), third.Text("duplicateOf"));
        var queue = (await Client.ToVerifyAsync(world.Verifier, world.Community))["items"]!.AsArray();
        Assert.Equal([null, earliest.Text("id"), earliest.Text("id")], queue.Select(r => r!["duplicateOf"]?.GetValue<string>()));
    }

    public static TheoryData<string, double, double, string> NotDuplicates => new()
    {
        { "210 metres away", 210, 10, "TRAFFIC" },
        { "61 minutes later", 0, 61, "TRAFFIC" },
        { "another category", 0, 10, "FIRE" },
    };

    [Theory]
    [MemberData(nameof(NotDuplicates))]
    public async Task A_report_just_outside_the_distance_or_the_window_or_of_another_category_is_no_duplicate(
        string _, double metres, double minutes, string category)
    {
        var world = await ReportWorld.CreateAsync(platform);
        var at = world.At;
        await Client.SubmittedAsync(world, occurredAt: at);

        var later = await Client.SubmittedAsync(world, category, latitude: world.North(metres), occurredAt: at.AddMinutes(minutes));

        Assert.Null(later["duplicateOf"]);
    }

    [Fact]
    public async Task A_report_that_happened_before_every_other_is_no_duplicate_and_a_rejected_report_is_not_repeated()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var at = world.At;
        var rejected = Guid.Parse((await Client.SubmittedAsync(world, occurredAt: at)).Text("id"));
        (await Client.RejectAsync(world.Verifier, rejected)).Ok();
        var later = await Client.SubmittedAsync(world, occurredAt: at.AddMinutes(20));

        var earlier = await Client.SubmittedAsync(world, occurredAt: at.AddMinutes(-20));

        Assert.Null(later["duplicateOf"]);
        Assert.Null(earlier["duplicateOf"]);
    }

    [Fact]
    public async Task A_verified_duplicate_earns_the_rules_duplicate_points_and_carries_the_duplicate_flag()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var original = Guid.Parse((await Client.SubmittedAsync(world, occurredAt: world.At, token: world.OtherWorkerToken)).Text("id"));
        var duplicate = Guid.Parse((await Client.SubmittedAsync(world, occurredAt: world.At.AddMinutes(5))).Text("id"));

        var verified = (await Client.VerifyAsync(world.Verifier, duplicate)).Report("verifyReport");
        (await Client.VerifyAsync(world.Verifier, original)).Ok();

        // report-traffic: 10 points, 2 for a duplicate.
        Assert.Equal(2, verified["recordedPoints"]!.GetValue<int>());
        var entry = Assert.Single((await Client.MyPointsAsync(world.ReporterToken))["entries"]!["items"]!.AsArray())!;
        Assert.Equal(2, entry["points"]!.GetValue<int>());
        Assert.Equal("report-traffic", entry.Text("rule"));
        Assert.Equal(["duplicate"], entry["flags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(10, await Client.BalanceAsync(world.OtherWorkerToken));
    }

    [Fact]
    public async Task A_verified_duplicate_whose_rule_gives_duplicates_nothing_writes_nothing_and_its_overturn_takes_nothing_back()
    {
        var world = await ReportWorld.CreateAsync(platform);
        // report-platform-violation: 15 points, 0 for a duplicate.
        var original = Guid.Parse((await Client.SubmittedAsync(world, "PLATFORM_VIOLATION", token: world.OtherWorkerToken)).Text("id"));
        var duplicate = await Client.SubmittedAsync(world, "PLATFORM_VIOLATION", occurredAt: world.At.AddMinutes(5));
        Assert.Equal(original.ToString(), duplicate.Text("duplicateOf"));
        var id = Guid.Parse(duplicate.Text("id"));

        var verified = (await Client.VerifyAsync(world.Verifier, id)).Report("verifyReport");
        (await Client.VerifyAsync(world.Verifier, original)).Ok();

        Assert.Equal("VERIFIED", verified.Text("status"));
        Assert.Equal(0, verified["recordedPoints"]!.GetValue<int>());
        Assert.Equal(0, await Client.BalanceAsync(world.ReporterToken));
        Assert.Equal(15, await Client.BalanceAsync(world.OtherWorkerToken));
        Assert.Equal("OVERTURNED", (await Client.OverturnAsync(world.Verifier, id)).Report("overturnReportVerification").Text("status"));
        Assert.Empty((await Client.MyPointsAsync(world.ReporterToken))["entries"]!["items"]!.AsArray());
    }
}
