using System.Text.Json.Nodes;
using Platform.Testing;

namespace Platform.Recognition.Tests.Eligibility;

public sealed class SanctionTests(CodeSchemePlatform platform) : IClassFixture<CodeSchemePlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_sanction_in_force_during_the_period_fails_eligibility_even_once_lifted_and_its_history_is_kept()
    {
        var world = await FactsWorld.CreateAsync(Client);
        await Client.AdjustAsync(world.Admin, world.WorkerA, 50);
        var recorded = (await Client.RecordSanctionAsync(world.Admin, "WORKER", world.WorkerA, DateTimeOffset.UtcNow.AddDays(-1))).Ok()["recognition"]!["recordSanction"]!;

        var judged = await Client.EligibleAsync(world.Admin, "TestRider", FactsWorld.Year, "WORKER", world.WorkerA);
        Assert.False(judged["eligible"]!.GetValue<bool>());
        Assert.Equal(1, judged["facts"]!["sanctions"]!.GetValue<int>());
        var check = judged["checks"]!.AsArray().Single(c => c!["rule"]!.GetValue<string>() == "sanctions == 0")!;
        Assert.Equal((false, "sanctions in force 1"), (check["passed"]!.GetValue<bool>(), check["reason"]!.GetValue<string>()));

        var lifted = (await Client.SendAsync(FactsCalls.LiftSanction, new { id = recorded["id"]!.GetValue<string>(), r = "申诉成立" }, world.Admin)).Ok()["recognition"]!["liftSanction"]!;
        Assert.Equal("申诉成立", lifted["liftReason"]!.GetValue<string>());
        Assert.NotNull(lifted["liftedAt"]);
        Assert.False(string.IsNullOrEmpty(lifted["liftedBy"]!.GetValue<string>()));
        // It was in force for part of this year: the year's facts still count it.
        Assert.Equal(1, (await Client.EligibleAsync(world.Admin, "TestRider", FactsWorld.Year, "WORKER", world.WorkerA))["facts"]!["sanctions"]!.GetValue<int>());

        var listed = Sanctions(await Client.SendAsync(FactsCalls.Sanctions, new { k = "WORKER", id = world.WorkerA }, world.Admin));
        Assert.Equal([recorded["id"]!.GetValue<string>()], listed.Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal("违反平台规定，经核实", recorded["reason"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(recorded["recordedBy"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_sanction_that_ended_before_the_period_or_against_someone_else_does_not_count()
    {
        var world = await FactsWorld.CreateAsync(Client);
        var year = int.Parse(FactsWorld.Year, System.Globalization.CultureInfo.InvariantCulture);
        var lastYear = new DateTimeOffset(year - 1, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
        (await Client.RecordSanctionAsync(world.Admin, "WORKER", world.WorkerA, lastYear, lastYear.AddMonths(2))).Ok();
        (await Client.RecordSanctionAsync(world.Admin, "BRANCH", world.Branch, lastYear)).Ok();

        Assert.Equal(0, (await Client.EligibleAsync(world.Admin, "TestRider", FactsWorld.Year, "WORKER", world.WorkerA))["facts"]!["sanctions"]!.GetValue<int>());
        Assert.Equal(1, (await Client.EligibleAsync(world.Admin, "TestRider", (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "WORKER", world.WorkerA))["facts"]!["sanctions"]!.GetValue<int>());
        // The branch's own sanction, with no end, is the branch's: not its workers'.
        Assert.Equal(1, (await Client.EligibleAsync(world.Admin, "TestBranch", FactsWorld.Year, "BRANCH", world.Branch))["facts"]!["sanctions"]!.GetValue<int>());
        Assert.Equal(0, (await Client.EligibleAsync(world.Admin, "TestRider", FactsWorld.Year, "WORKER", world.WorkerB))["facts"]!["sanctions"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_the_programme_office_records_lifts_and_sees_sanctions()
    {
        var world = await FactsWorld.CreateAsync(Client);
        var id = (await Client.RecordSanctionAsync(world.Admin, "WORKER", world.WorkerA, DateTimeOffset.UtcNow)).Ok()["recognition"]!["recordSanction"]!["id"]!.GetValue<string>();

        foreach (var token in new[] { world.Secretary, world.EnterpriseAdmin, world.WorkerAToken })
        {
            Assert.Equal(["FORBIDDEN"], (await Client.RecordSanctionAsync(token, "WORKER", world.WorkerB, DateTimeOffset.UtcNow)).ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(FactsCalls.Sanctions, new { k = "WORKER", id = world.WorkerA }, token)).ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(FactsCalls.LiftSanction, new { id, r = "撤销处分" }, token)).ErrorCodes);
        }
        Assert.Empty(Sanctions(await Client.SendAsync(FactsCalls.Sanctions, new { k = "WORKER", id = world.WorkerB }, world.Admin)));
        Assert.Null(Sanctions(await Client.SendAsync(FactsCalls.Sanctions, new { k = "WORKER", id = world.WorkerA }, world.Admin)).Single()!["liftedAt"]);
    }

    [Fact]
    public async Task Bad_sanction_input_gets_a_coded_error_and_records_nothing()
    {
        var world = await FactsWorld.CreateAsync(Client);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(["VALIDATION"], (await Client.RecordSanctionAsync(world.Admin, "WORKER", world.WorkerA, now, now.AddDays(-1))).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.RecordSanctionAsync(world.Admin, "WORKER", world.WorkerA, now, reason: " ")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.RecordSanctionAsync(world.Admin, "WORKER", Guid.NewGuid(), now)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.RecordSanctionAsync(world.Admin, "ENTERPRISE", world.Branch, now)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.RecordSanctionAsync(world.Admin, "WARM_STATION", Guid.NewGuid(), now)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SendAsync(FactsCalls.RecordSanction, new { k = "WORKER", id = "not-an-id", r = "违反规定", f = now }, world.Admin)).ErrorCodes);
        Assert.Empty(Sanctions(await Client.SendAsync(FactsCalls.Sanctions, new { k = "WORKER", id = world.WorkerA }, world.Admin)));

        var id = (await Client.RecordSanctionAsync(world.Admin, "WORKER", world.WorkerA, now)).Ok()["recognition"]!["recordSanction"]!["id"]!.GetValue<string>();
        Assert.Equal(["VALIDATION"], (await Client.SendAsync(FactsCalls.LiftSanction, new { id, r = "" }, world.Admin)).ErrorCodes);
        (await Client.SendAsync(FactsCalls.LiftSanction, new { id, r = "处分期满" }, world.Admin)).Ok();
        Assert.Equal(["CONFLICT"], (await Client.SendAsync(FactsCalls.LiftSanction, new { id, r = "再次撤销" }, world.Admin)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.SendAsync(FactsCalls.LiftSanction, new { id = Guid.NewGuid(), r = "撤销处分" }, world.Admin)).ErrorCodes);
    }

    private static JsonArray Sanctions(GraphQLResponse response) => response.Ok()["recognition"]!["sanctions"]!.AsArray();
}
