using Platform.Testing;

namespace Platform.Recognition.Tests.Eligibility;

public sealed class EligibilityAccessTests(CodeSchemePlatform platform) : IClassFixture<CodeSchemePlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_worker_their_secretary_and_their_enterprise_see_the_workers_eligibility_and_others_are_refused()
    {
        var world = await FactsWorld.CreateAsync(Client);
        var year = FactsWorld.Year;
        foreach (var token in new[] { world.Admin, world.WorkerAToken, world.Secretary, world.EnterpriseAdmin })
            (await Client.EligibilityAsync(token, "TestRider", year, "WORKER", world.WorkerA)).Ok();
        foreach (var token in new[] { world.WorkerBToken, world.AreaSecretary })
            Assert.Equal(["FORBIDDEN"], (await Client.EligibilityAsync(token, "TestRider", year, "WORKER", world.WorkerA)).ErrorCodes);
        // Someone who may see no such worker is told no more than that.
        Assert.Equal(["FORBIDDEN"], (await Client.EligibilityAsync(world.Secretary, "TestRider", year, "WORKER", Guid.NewGuid())).ErrorCodes);
    }

    [Fact]
    public async Task A_branch_is_seen_by_its_secretary_and_an_enterprise_by_its_admin()
    {
        var world = await FactsWorld.CreateAsync(Client);
        var year = FactsWorld.Year;
        var quarter = $"{year}-Q1";
        (await Client.EligibilityAsync(world.Secretary, "TestBranch", year, "BRANCH", world.Branch)).Ok();
        (await Client.EligibilityAsync(world.EnterpriseAdmin, "TestEnterprise", quarter, "ENTERPRISE", world.Enterprise)).Ok();
        Assert.Equal(["FORBIDDEN"], (await Client.EligibilityAsync(world.AreaSecretary, "TestBranch", year, "BRANCH", world.Branch)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.EligibilityAsync(world.EnterpriseAdmin, "TestBranch", year, "BRANCH", world.Branch)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.EligibilityAsync(world.Secretary, "TestEnterprise", quarter, "ENTERPRISE", world.Enterprise)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.EligibilityAsync(world.WorkerAToken, "TestBranch", year, "BRANCH", world.Branch)).ErrorCodes);
    }

    [Fact]
    public async Task The_preview_says_why_a_rule_failed_with_the_values_it_used()
    {
        var world = await FactsWorld.CreateAsync(Client);
        await Client.AdjustAsync(world.Admin, world.WorkerB, 12);
        var result = await Client.EligibleAsync(world.WorkerBToken, "TestRider", FactsWorld.Year, "WORKER", world.WorkerB);
        Assert.False(result["eligible"]!.GetValue<bool>());
        Assert.Equal(["points >= 20|False|points 12 < 20", "sanctions == 0|True|sanctions in force 0", $"tenureMonths >= 0|True|tenure {FactsWorld.TenureAtYearEnd()} months"],
            result["checks"]!.AsArray().Select(c => $"{c!["rule"]}|{c["passed"]!.GetValue<bool>()}|{c["reason"]}"));
    }

    [Fact]
    public async Task Bad_input_gets_a_coded_error()
    {
        var world = await FactsWorld.CreateAsync(Client);
        var year = FactsWorld.Year;
        Assert.Equal(["NOT_FOUND"], (await Client.EligibilityAsync(world.Admin, "NoSuchScheme", year, "WORKER", world.WorkerA)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.EligibilityAsync(world.Admin, "TestRider", year, "BRANCH", world.Branch)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.EligibilityAsync(world.Admin, "TestRider", $"{year}-Q1", "WORKER", world.WorkerA)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.EligibilityAsync(world.Admin, "TestRider", year, "WORKER", Guid.NewGuid())).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.EligibilityAsync(world.Admin, "TestStation", year, "WARM_STATION", Guid.NewGuid())).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SendAsync(FactsCalls.Eligibility, new { s = "TestRider", p = year, k = "WORKER", id = "nope" }, world.Admin)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.EligibilityAsync(await Client.UserWithRoleOnlyAsync(world.Admin, "VERIFIER"), "TestRider", year, "WORKER", world.WorkerA)).ErrorCodes);
    }
}

internal static class AccessCalls
{
    public static Task<string> UserWithRoleOnlyAsync(this GraphQLClient client, string admin, string role) =>
        Platform.Testing.Seeding.RegistrySeed.UserWithRoleAsync(client, admin, role, Guid.NewGuid());
}
