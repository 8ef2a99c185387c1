using System.Globalization;
using Platform.Recognition.Eligibility;
using Platform.Testing;

namespace Platform.Recognition.Tests.Eligibility;

public sealed class SubjectFactsTests(CodeSchemePlatform platform) : IClassFixture<CodeSchemePlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_workers_facts_are_the_points_given_through_the_api_by_category_with_the_registry_around_them()
    {
        var world = await FactsWorld.CreateAsync(Client);
        await Client.AdjustAsync(world.Admin, world.WorkerA, 30, "Training");
        await Client.AdjustAsync(world.Admin, world.WorkerA, 6, "Report");
        await Client.AdjustAsync(world.Admin, world.WorkerA, -4, "Training");

        var result = await Client.EligibleAsync(world.Admin, "TestRider", FactsWorld.Year, "WORKER", world.WorkerA);
        var facts = result["facts"]!;

        Assert.Equal(32, facts["points"]!.GetValue<int>());
        Assert.Equal("Report:6,Training:26", string.Join(",", facts["pointsByCategory"]!.AsArray().Select(c => $"{c!["category"]}:{c["points"]}")));
        Assert.Equal((0, 0, FactsWorld.TenureAtYearEnd()), (facts["verifiedReports"]!.GetValue<int>(), facts["sanctions"]!.GetValue<int>(), facts["tenureMonths"]!.GetValue<int>()));
        Assert.Null(facts["memberStatus"]);
        Assert.Equal(("王小明", world.Branch.ToString(), world.District.ToString()),
            (facts["name"]!.GetValue<string>(), facts["branchId"]!.GetValue<string>(), facts["districtId"]!.GetValue<string>()));
        Assert.Equal([world.Enterprise.ToString()], facts["enterpriseIds"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(["FOOD_DELIVERY"], facts["sectors"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.True(result["eligible"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_branchs_and_an_enterprises_facts_are_the_points_earned_in_them()
    {
        var world = await FactsWorld.CreateAsync(Client);
        await Client.AdjustAsync(world.Admin, world.WorkerA, 7);
        await Client.AdjustAsync(world.Admin, world.WorkerB, 8);
        await Client.AdjustAsync(world.Admin, world.WorkerC, 9);

        var branch = await Client.EligibleAsync(world.Secretary, "TestBranch", FactsWorld.Year, "BRANCH", world.Branch);
        var quarter = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var enterprise = await Client.EligibleAsync(world.EnterpriseAdmin, "TestEnterprise",
            string.Create(CultureInfo.InvariantCulture, $"{quarter.Year}-Q{(quarter.Month - 1) / 3 + 1}"), "ENTERPRISE", world.Enterprise);

        Assert.Equal(15, branch["facts"]!["points"]!.GetValue<int>());
        Assert.Equal([world.Enterprise.ToString()], branch["facts"]!["enterpriseIds"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(24, enterprise["facts"]!["points"]!.GetValue<int>());
        Assert.Null(enterprise["facts"]!["districtId"]);
    }

    [Fact]
    public async Task Month_bounds_are_midnights_in_the_programme_time_zone()
    {
        var world = await FactsWorld.CreateAsync(Client);
        var shanghai = TimeSpan.FromHours(8);
        var local = DateTimeOffset.UtcNow.ToOffset(shanghai);
        var monthStart = new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, shanghai);
        // One attendance a minute before the month began there, one a minute after (still the previous month in UTC).
        var records = new[] { monthStart.AddMinutes(-1), monthStart.AddMinutes(1) }.Select((at, i) => new
        {
            idempotencyKey = $"bounds-{world.WorkerA:N}-{i}", workerId = world.WorkerA.ToString(), activityType = i == 0 ? "TRAINING" : "THEME_DAY",
            title = "安全骑行培训", occurredAt = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        });
        var sent = (await Client.SendAsync(
            "mutation($e: ID!, $r: [IntakeRecordInput!]!) { points { intakeAttendance(enterpriseId: $e, records: $r) { status } } }",
            new { e = world.Enterprise, r = records }, world.Admin)).Ok();
        Assert.All(sent["points"]!["intakeAttendance"]!.AsArray(), r => Assert.Equal("ACCEPTED", r!["status"]!.GetValue<string>()));

        var previous = monthStart.AddDays(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var current = monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var before = await Client.EligibleAsync(world.Admin, "TestMonthly", previous, "WORKER", world.WorkerA);
        var after = await Client.EligibleAsync(world.Admin, "TestMonthly", current, "WORKER", world.WorkerA);

        Assert.Equal(10, before["facts"]!["points"]!.GetValue<int>());
        Assert.Equal(10, after["facts"]!["points"]!.GetValue<int>());
        Assert.Equal(monthStart, after["facts"]!["period"]!["from"]!.GetValue<DateTimeOffset>());
    }

    [Theory]
    [InlineData("2026-03-15T10:00:00", "2027-01-01T00:00:00", 9)]
    [InlineData("2026-03-15T10:00:00", "2026-04-15T10:00:00", 1)]
    [InlineData("2026-03-15T10:00:00", "2026-04-15T09:59:59", 0)]
    [InlineData("2026-01-31T12:00:00", "2026-03-01T00:00:00", 1)]
    [InlineData("2027-01-02T00:00:00", "2027-01-01T00:00:00", 0)]
    public void Tenure_counts_whole_months_to_the_end_of_the_period(string registered, string end, int months) =>
        Assert.Equal(months, Tenure.WholeMonths(DateTime.Parse(registered, CultureInfo.InvariantCulture), DateTime.Parse(end, CultureInfo.InvariantCulture)));
}
