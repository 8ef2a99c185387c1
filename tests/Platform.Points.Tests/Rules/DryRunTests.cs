using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Points.Ledger;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Rules;

public sealed class DryRunTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    private const string DryRun = """
        query($r: String!, $f: DateTimeOffset!, $t: DateTimeOffset!) { points { pointRulesDryRun(rules: $r, from: $f, to: $t) {
          version entries currentTotal proposedTotal difference workersChanged earnNothing capped workers { workerId current proposed difference } } } }
        """;

    /// <summary>Theme days earn 15 but only once a month; meetings as before; training no longer earns.</summary>
    private const string Proposed = """
        version: "2026.2-draft"
        rules:
          - { id: activity-theme-day, source: Activity, type: ThemeDay, points: 15, cap: { count: 1, per: month } }
          - { id: activity-branch-meeting, source: Activity, type: BranchMeeting, points: 8 }
        """;

    [Fact]
    public async Task The_dry_run_shows_the_difference_per_worker_and_in_total_with_caps_and_reversals()
    {
        var world = await PointsWorld.CreateAsync(Client);
        // March 2025, programme time: A attends two theme days and a meeting, B a theme day, a training and a meeting that is reversed.
        await AttendAsync(world, "THEME_DAY", new(2025, 3, 10, 2, 0, 0, TimeSpan.Zero), world.WorkerA, world.WorkerB);
        await AttendAsync(world, "THEME_DAY", new(2025, 3, 17, 2, 0, 0, TimeSpan.Zero), world.WorkerA);
        await AttendAsync(world, "BRANCH_MEETING", new(2025, 3, 12, 2, 0, 0, TimeSpan.Zero), world.WorkerA);
        await AttendAsync(world, "TRAINING", new(2025, 3, 20, 2, 0, 0, TimeSpan.Zero), world.WorkerB);
        var reversed = await AttendAsync(world, "BRANCH_MEETING", new(2025, 3, 21, 2, 0, 0, TimeSpan.Zero), world.WorkerB);
        (await Client.SendAsync("mutation($k: String!) { points { reverseAward(sourceKey: $k, reason: \"未实际参加\") { points } } }",
            new { k = reversed }, world.Admin)).Ok();

        var result = (await Client.SendAsync(DryRun, new { r = Proposed, f = "2025-03-01T00:00:00+08:00", t = "2025-04-01T00:00:00+08:00" }, world.Admin))
            .Points()["pointRulesDryRun"]!;

        Assert.Equal("2026.2-draft", result["version"]!.GetValue<string>());
        Assert.Equal(5, result["entries"]!.GetValue<int>());
        Assert.Equal((10 + 10 + 8) + (10 + 10), result["currentTotal"]!.GetValue<int>());
        Assert.Equal((15 + 0 + 8) + (15 + 0), result["proposedTotal"]!.GetValue<int>());
        Assert.Equal(-10, result["difference"]!.GetValue<int>());
        Assert.Equal((1, 1, 2), (result["earnNothing"]!.GetValue<int>(), result["capped"]!.GetValue<int>(), result["workersChanged"]!.GetValue<int>()));
        var workers = result["workers"]!.AsArray().ToDictionary(w => Guid.Parse(w!["workerId"]!.GetValue<string>()), w => (
            w!["current"]!.GetValue<int>(), w["proposed"]!.GetValue<int>(), w["difference"]!.GetValue<int>()));
        Assert.Equal((28, 23, -5), workers[world.WorkerA]);
        Assert.Equal((20, 15, -5), workers[world.WorkerB]);
    }

    [Fact]
    public async Task The_dry_run_writes_nothing()
    {
        var world = await PointsWorld.CreateAsync(Client);
        await AttendAsync(world, "THEME_DAY", new(2025, 5, 6, 2, 0, 0, TimeSpan.Zero), world.WorkerA);
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var before = await CountsAsync(store);

        var result = (await Client.SendAsync(DryRun, new { r = Proposed, f = "2025-05-01T00:00:00+08:00", t = "2025-06-01T00:00:00+08:00" }, world.Admin))
            .Points()["pointRulesDryRun"]!;

        Assert.Equal(5, result["difference"]!.GetValue<int>());
        Assert.Equal(before, await CountsAsync(store));
    }

    [Fact]
    public async Task A_bad_proposed_file_is_a_validation_error_naming_each_line()
    {
        var admin = await Client.SignInAsAdminAsync();
        var bad = "version: \"x\"\nrules:\n  - { id: a, source: Activity, type: ThemeDay, points: 0 }\n  - { id: b, source: Activity, type: Nap, points: 5 }\n";

        var response = await Client.SendAsync(DryRun, new { r = bad, f = "2025-05-01T00:00:00Z", t = "2025-06-01T00:00:00Z" }, admin);

        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        var error = response.Errors![0]!;
        Assert.Contains("line 3", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("line 4", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("rules", error["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal([3, 4], error["extensions"]!["errors"]!.AsArray().Select(e => e!["line"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Only_the_programme_office_runs_it_and_a_bad_period_is_refused()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var period = new { r = Proposed, f = "2025-05-01T00:00:00Z", t = "2025-06-01T00:00:00Z" };

        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(DryRun, period, world.Secretary)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(DryRun, period, world.WorkerAToken)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await Client.SendAsync(DryRun, period)).ErrorCodes);
        var backwards = await Client.SendAsync(DryRun, new { r = Proposed, f = "2025-06-01T00:00:00Z", t = "2025-05-01T00:00:00Z" }, world.Admin);
        Assert.Equal(["VALIDATION"], backwards.ErrorCodes);
    }

    /// <summary>A past activity of the branch, each worker's attendance confirmed by the secretary; the last award's source key.</summary>
    private async Task<string> AttendAsync(PointsWorld world, string type, DateTimeOffset start, params Guid[] workers)
    {
        var id = (await Client.CreateActivityAsync(world.Secretary, world.Branch, start, start.AddHours(2), type)).Points()["createActivity"]!["id"]!.GetValue<string>();
        var key = "";
        foreach (var worker in workers)
            key = (await Client.SendAsync("mutation($a: ID!, $w: ID!) { points { confirmAttendance(activityId: $a, workerId: $w) { sourceKey } } }",
                new { a = id, w = worker }, world.Secretary)).Points()["confirmAttendance"]!["sourceKey"]!.GetValue<string>();
        return key;
    }

    private static async Task<(long Events, int Entries, int Balances)> CountsAsync(IDocumentStore store)
    {
        var statistics = await store.Advanced.FetchEventStoreStatistics();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        var schema = store.Options.DatabaseSchemaName;
        await using var counts = new NpgsqlCommand(
            $"select (select count(*)::int from {new LedgerEntryTable(schema).Qualified}), (select count(*)::int from {new BalanceTable(schema).Qualified})", connection);
        await using var row = await counts.ExecuteReaderAsync();
        await row.ReadAsync();
        return (statistics.EventCount, row.GetInt32(0), row.GetInt32(1));
    }
}
