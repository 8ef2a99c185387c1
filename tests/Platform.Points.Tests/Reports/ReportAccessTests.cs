using Platform.Points.Tests.GridTasks;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Reports;

public sealed class ReportAccessTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_verifier_of_another_community_can_neither_decide_nor_see_the_report()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);

        Assert.Equal(["FORBIDDEN"], (await Client.TriageAsync(world.OtherVerifier, id)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.VerifyAsync(world.OtherVerifier, id)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.RejectAsync(world.OtherVerifier, id)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(ReportCalls.One, new { id }, world.OtherVerifier)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(ReportCalls.ToVerify, new { c = world.Community }, world.OtherVerifier)).ErrorCodes);

        var report = await Client.ReportAsync(world.Verifier, id);
        Assert.Equal("SUBMITTED", report.Text("status"));
        Assert.Empty(report["history"]!.AsArray());
        Assert.Equal(0, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task A_verifier_of_another_community_cannot_overturn_a_verification()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);
        (await Client.VerifyAsync(world.Verifier, id)).Ok();

        Assert.Equal(["FORBIDDEN"], (await Client.OverturnAsync(world.OtherVerifier, id)).ErrorCodes);

        Assert.Equal("VERIFIED", (await Client.ReportAsync(world.Verifier, id)).Text("status"));
        Assert.Equal(10, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task A_worker_decides_nothing_not_even_on_their_own_report()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);

        foreach (var token in new[] { world.ReporterToken, world.OtherWorkerToken })
        {
            Assert.Equal(["FORBIDDEN"], (await Client.TriageAsync(token, id)).ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await Client.VerifyAsync(token, id)).ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await Client.RejectAsync(token, id)).ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await Client.OverturnAsync(token, id)).ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(ReportCalls.ToVerify, new { c = world.Community }, token)).ErrorCodes);
        }

        Assert.Equal("SUBMITTED", (await Client.ReportAsync(world.Verifier, id)).Text("status"));
        Assert.Equal(0, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task A_report_is_seen_by_its_reporter_the_community_verifiers_and_the_programme_office_only()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);

        foreach (var token in new[] { world.ReporterToken, world.Verifier, world.Admin })
            Assert.Equal("陈小龙", (await Client.ReportAsync(token, id)).Text("workerName"));
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(ReportCalls.One, new { id }, world.OtherWorkerToken)).ErrorCodes);
        var enterpriseSecretary = await Client.UserWithRoleAsync(world.Admin, "SECRETARY", Guid.NewGuid());
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(ReportCalls.One, new { id }, enterpriseSecretary)).ErrorCodes);
        Assert.Null((await Client.SendAsync(ReportCalls.One, new { id = Guid.NewGuid() }, world.Verifier)).Points()["report"]);
    }

    [Fact]
    public async Task Only_a_worker_submits_reports()
    {
        var world = await ReportWorld.CreateAsync(platform);

        Assert.Equal(["FORBIDDEN"], (await Client.SubmitAsync(world, world.Verifier)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SubmitAsync(world, world.Admin)).ErrorCodes);

        Assert.Equal(0, (await Client.ToVerifyAsync(world.Admin, world.Community))["totalCount"]!.GetValue<int>());
    }
}
