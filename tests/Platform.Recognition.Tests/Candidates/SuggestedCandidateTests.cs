using System.Text.Json.Nodes;
using Platform.Recognition.Tests.Eligibility;
using Platform.Testing;

namespace Platform.Recognition.Tests.Candidates;

public sealed class SuggestedCandidateTests(CodeSchemePlatform platform) : IClassFixture<CodeSchemePlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Eligible_workers_come_most_points_first_then_the_earlier_registered()
    {
        var world = await FactsWorld.CreateAsync(Client);
        await Client.AdjustAsync(world.Admin, world.WorkerA, 30);
        await Client.AdjustAsync(world.Admin, world.WorkerB, 30);
        await Client.AdjustAsync(world.Admin, world.WorkerC, 45);

        var mine = Of(world, await Candidates(world.Admin, "TestRider"));

        Assert.Equal([(world.WorkerC, 45), (world.WorkerA, 30), (world.WorkerB, 30)], mine.Select(c => (Id(c), c["points"]!.GetValue<int>())));
        Assert.True(mine.Select(c => c["rank"]!.GetValue<int>()).SequenceEqual(mine.Select(c => c["rank"]!.GetValue<int>()).Order()));
        Assert.All(mine, c => Assert.All(c["checks"]!.AsArray(), check => Assert.True(check!["passed"]!.GetValue<bool>())));
    }

    [Fact]
    public async Task Workers_below_the_rules_or_under_a_sanction_are_not_suggested()
    {
        var world = await FactsWorld.CreateAsync(Client);
        await Client.AdjustAsync(world.Admin, world.WorkerA, 19);
        await Client.AdjustAsync(world.Admin, world.WorkerB, 90);
        await Client.AdjustAsync(world.Admin, world.WorkerC, 20);
        (await Client.RecordSanctionAsync(world.Admin, "WORKER", world.WorkerB, DateTimeOffset.UtcNow.AddHours(-1))).Ok();

        Assert.Equal([world.WorkerC], Of(world, await Candidates(world.Admin, "TestRider")).Select(Id));
    }

    [Fact]
    public async Task A_secretary_sees_their_branchs_workers_and_an_enterprise_admin_their_enterprises()
    {
        var world = await FactsWorld.CreateAsync(Client);
        await Client.AdjustAsync(world.Admin, world.WorkerA, 21);
        await Client.AdjustAsync(world.Admin, world.WorkerB, 22);
        await Client.AdjustAsync(world.Admin, world.WorkerC, 23);

        Assert.Equal([world.WorkerB, world.WorkerA], (await Candidates(world.Secretary, "TestRider")).Select(Id));
        Assert.Equal([world.WorkerC], (await Candidates(world.AreaSecretary, "TestRider")).Select(Id));
        Assert.Equal([world.WorkerC, world.WorkerB, world.WorkerA], (await Candidates(world.EnterpriseAdmin, "TestRider")).Select(Id));
        Assert.Equal([world.WorkerC], (await Candidates(world.EnterpriseAdmin, "TestRider", first: 1)).Select(Id));
    }

    [Fact]
    public async Task Branch_and_enterprise_schemes_suggest_branches_and_enterprises_in_the_callers_reach()
    {
        var world = await FactsWorld.CreateAsync(Client);
        await Client.AdjustAsync(world.Admin, world.WorkerA, 6);
        await Client.AdjustAsync(world.Admin, world.WorkerB, 6);
        await Client.AdjustAsync(world.Admin, world.WorkerC, 3);
        var quarter = CurrentQuarter();

        Assert.Equal([world.Branch], (await Candidates(world.Secretary, "TestBranch")).Select(Id));
        // The enterprise's own branch; not the area branch, where one of its workers also earned.
        Assert.Equal([world.Branch], (await Candidates(world.EnterpriseAdmin, "TestBranch")).Select(Id));
        Assert.Empty(await Candidates(world.AreaSecretary, "TestBranch"));
        Assert.Contains(world.Branch, (await Candidates(world.Admin, "TestBranch")).Select(Id));
        Assert.DoesNotContain(world.AreaBranch, (await Candidates(world.Admin, "TestBranch")).Select(Id));
        var enterprise = Assert.Single(await Candidates(world.EnterpriseAdmin, "TestEnterprise", quarter))!;
        Assert.Equal((world.Enterprise, 15), (Id(enterprise), enterprise["points"]!.GetValue<int>()));
        Assert.Equal("ENTERPRISE", enterprise["subjectKind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Others_are_refused_and_bad_input_gets_a_coded_error()
    {
        var world = await FactsWorld.CreateAsync(Client);
        var year = FactsWorld.Year;
        Assert.Equal(["FORBIDDEN"], (await Client.CandidatesAsync(world.WorkerAToken, "TestRider", year)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.CandidatesAsync(world.Secretary, "TestAdminOnly", year)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.CandidatesAsync(world.Secretary, "TestEnterprise", CurrentQuarter())).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.CandidatesAsync(world.Admin, "TestRider", year, first: 0)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SendAsync("{ recognition { suggestedCandidates(schemeId: \"TestRider\", period: \"2026\", first: 101) { rank } } }", token: world.Admin)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.CandidatesAsync(world.Admin, "TestRider", "last year")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.CandidatesAsync(world.Admin, "NoSuchScheme", year)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.CandidatesAsync(world.Admin, "TestStation", year)).ErrorCodes);
    }

    private async Task<JsonArray> Candidates(string token, string scheme, string? period = null, int first = 50) =>
        (await Client.CandidatesAsync(token, scheme, period ?? FactsWorld.Year, first)).Ok()["recognition"]!["suggestedCandidates"]!.AsArray();

    /// <summary>The programme office sees every test's workers in this database: keep this world's, in their order.</summary>
    private static List<JsonNode> Of(FactsWorld world, JsonArray candidates) =>
        candidates.Select(c => c!).Where(c => Id(c) == world.WorkerA || Id(c) == world.WorkerB || Id(c) == world.WorkerC).ToList();

    private static Guid Id(JsonNode? candidate) => Guid.Parse(candidate!["subjectId"]!.GetValue<string>());

    private static string CurrentQuarter()
    {
        var local = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        return $"{local.Year}-Q{(local.Month - 1) / 3 + 1}";
    }
}
