using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Rollups;

public sealed class RollupTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Branch_and_enterprise_totals_equal_their_members_ledgers_and_reconciliation_is_clean()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (activity, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch, type: "BRANCH_MEETING");
        var key = (await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken)).Points()["checkIn"]!["sourceKey"]!.GetValue<string>();
        (await Client.SendAsync("mutation($a: ID!, $w: ID!) { points { confirmAttendance(activityId: $a, workerId: $w) { points } } }",
            new { a = activity, w = world.WorkerB }, world.Secretary)).Ok();
        (await Client.SendAsync("mutation($k: String!) { points { reverseAward(sourceKey: $k, reason: \"撤销重复签到\") { points } } }",
            new { k = key }, world.Admin)).Ok();

        await platform.CaughtUpAsync();

        Assert.Equal(8, await TotalAsync("branchPoints(branchId: $id)", world.Branch, world.Secretary));
        Assert.Equal(8, await TotalAsync("enterprisePoints(enterpriseId: $id)", world.Enterprise, world.Admin));
        var report = (await Client.SendAsync("{ points { reconciliation { workers branches differences { scope id } } } }", token: world.Admin))
            .Points()["reconciliation"]!;
        Assert.Empty(report["differences"]!.AsArray());
        Assert.True(report["workers"]!.GetValue<int>() >= 2);
    }

    [Fact]
    public async Task Points_stay_with_the_branch_where_they_were_earned_when_a_worker_moves()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (_, before) = await Client.OngoingActivityAsync(world.Secretary, world.Branch, type: "BRANCH_MEETING");
        (await Client.SendAsync(PointsCalls.CheckIn, new { c = before }, world.WorkerAToken)).Ok();
        (await Client.SendAsync("mutation($w: ID!, $b: ID!) { organization { transferWorker(workerId: $w, branchId: $b, reason: \"搬到石岐\") { id } } }",
            new { w = world.WorkerA, b = world.OtherBranch }, world.Admin)).Ok();
        var (_, after) = await Client.OngoingActivityAsync(world.Admin, world.OtherBranch, type: "TRAINING");
        (await Client.SendAsync(PointsCalls.CheckIn, new { c = after }, world.WorkerAToken)).Ok();

        await platform.CaughtUpAsync();

        Assert.Equal(8, await TotalAsync("branchPoints(branchId: $id)", world.Branch, world.Admin));
        Assert.Equal(10, await TotalAsync("branchPoints(branchId: $id)", world.OtherBranch, world.Admin));
        Assert.Equal(18, (await Client.SendAsync(PointsCalls.MyPoints, token: world.WorkerAToken)).Points()["myPoints"]!["balance"]!.GetValue<int>());
    }

    [Fact]
    public async Task Totals_survive_a_restart_and_are_not_counted_twice()
    {
        var (world, code) = await WorkerAAttendedAsync();

        await platform.RestartAsync();
        (await platform.Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerBToken)).Ok();
        await platform.CaughtUpAsync();

        Assert.Equal(20, await TotalAsync("branchPoints(branchId: $id)", world.Branch, world.Admin));
        Assert.Empty(await DifferencesAsync(world.Admin));
    }

    [Fact]
    public async Task The_retired_roll_up_subscription_is_caught_up_once_and_removed()
    {
        var (world, code) = await WorkerAAttendedAsync();
        var before = await TotalAsync("branchPoints(branchId: $id)", world.Branch, world.Admin);
        // A database from before the totals shared the ledger's subscription, its own position far behind.
        await ProgressionAsync("insert into {progression} (name, last_seq_id, last_updated) values ('ledger_rollups', 0, now())");

        await platform.RestartAsync();
        (await platform.Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerBToken)).Ok();
        await platform.CaughtUpAsync();

        // Every event since 0 was handed to the grains again; each counted once.
        Assert.Equal(before * 2, await TotalAsync("branchPoints(branchId: $id)", world.Branch, world.Admin));
        Assert.Equal(0L, await ProgressionAsync("select count(*) from {progression} where name = 'ledger_rollups'"));
        Assert.Empty(await DifferencesAsync(world.Admin));
    }

    [Fact]
    public async Task Totals_are_shown_only_to_their_own_people()
    {
        var world = await PointsWorld.CreateAsync(Client);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("query($id: ID!) { points { branchPoints(branchId: $id) { balance } } }",
            new { id = world.OtherBranch }, world.Secretary)).ErrorCodes);
        var outsider = await Client.UserWithRoleAsync(world.Admin, "ENTERPRISE_ADMIN", Guid.NewGuid());
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("query($id: ID!) { points { enterprisePoints(enterpriseId: $id) { balance } } }",
            new { id = world.Enterprise }, outsider)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("{ points { reconciliation { workers } } }", token: world.Secretary)).ErrorCodes);
    }

    /// <summary>Worker A has checked in to an ongoing activity of the branch and the totals have it; the code is still open.</summary>
    private async Task<(PointsWorld World, string Code)> WorkerAAttendedAsync()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var (_, code) = await Client.OngoingActivityAsync(world.Secretary, world.Branch);
        (await Client.SendAsync(PointsCalls.CheckIn, new { c = code }, world.WorkerAToken)).Ok();
        await platform.CaughtUpAsync();
        return (world, code);
    }

    private async Task<System.Text.Json.Nodes.JsonArray> DifferencesAsync(string admin) =>
        (await platform.Client.SendAsync("{ points { reconciliation { differences { scope } } } }", token: admin))
        .Points()["reconciliation"]!["differences"]!.AsArray();

    /// <summary>Runs one statement on the platform's database; <c>{progression}</c> names Marten's progress table.</summary>
    private async Task<long> ProgressionAsync(string sql)
    {
        var schema = platform.Services.GetRequiredService<IDocumentStore>().Options.Events.DatabaseSchemaName;
        await using var connection = new Npgsql.NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql.Replace("{progression}", $"{schema}.mt_event_progression", StringComparison.Ordinal), connection);
        return await command.ExecuteScalarAsync() is long value ? value : 0;
    }

    private async Task<int> TotalAsync(string field, Guid id, string token) =>
        (await platform.Client.SendAsync($"query($id: ID!) {{ points {{ total: {field} {{ balance }} }} }}", new { id }, token))
        .Points()["total"]!["balance"]!.GetValue<int>();
}
