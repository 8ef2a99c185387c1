using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Reports;
using Platform.Points.Tests.GridTasks;
using Platform.Testing;

namespace Platform.Points.Tests.Reports;

public sealed class ReportConcurrencyTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Submitting_again_with_the_same_key_returns_the_first_report()
    {
        var world = await ReportWorld.CreateAsync(platform);

        var first = (await Client.SubmitAsync(world, key: "phone-42-0001")).Report("submitReport");
        var again = (await Client.SubmitAsync(world, category: "FIRE", description: "重发时描述不同了也一样", key: "phone-42-0001")).Report("submitReport");
        var theirs = (await Client.SubmitAsync(world, world.OtherWorkerToken, key: "phone-42-0001")).Report("submitReport");

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.NotEqual(first.Text("id"), theirs.Text("id"));
        Assert.Equal(1, (await Client.MyReportsAsync(world.ReporterToken))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ten_simultaneous_submissions_with_one_key_make_one_report()
    {
        var world = await ReportWorld.CreateAsync(platform);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Client.SubmitAsync(world, key: "retry-storm")));

        Assert.Single(answers.Select(a => a.Report("submitReport").Text("id")).Distinct());
        Assert.Equal(1, (await Client.MyReportsAsync(world.ReporterToken))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ten_simultaneous_verifications_award_once_and_answer_alike()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world, "FOOD_SAFETY");

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Client.VerifyAsync(world.Verifier, id)));

        Assert.Single(answers.Select(a => a.Report("verifyReport").ToJsonString()).Distinct());
        var mine = await Client.MyPointsAsync(world.ReporterToken);
        Assert.Equal(20, mine["balance"]!.GetValue<int>());
        Assert.Single(mine["entries"]!["items"]!.AsArray());
        Assert.Single((await Client.ReportAsync(world.Verifier, id))["history"]!.AsArray());
    }

    [Fact]
    public async Task Verifications_and_rejections_at_once_settle_on_one_decision_and_the_points_agree_with_it()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            i % 2 == 0 ? Client.VerifyAsync(world.Verifier, id) : Client.RejectAsync(world.Verifier, id)));

        var final = await Client.ReportAsync(world.Verifier, id);
        var winner = final.Text("status") == "VERIFIED" ? "verifyReport" : "rejectReport";
        var won = answers.Where(a => a.Errors is null).ToList();
        Assert.NotEmpty(won);
        Assert.All(won, a => Assert.Equal(final.ToJsonString(), a.Report(winner).ToJsonString()));
        Assert.All(answers.Where(a => a.Errors is not null), a => Assert.Equal(["CONFLICT"], a.ErrorCodes));
        Assert.Equal(winner == "verifyReport" ? 10 : 0, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task An_award_lost_after_the_verification_was_saved_is_made_once_without_a_repeat()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);

        await AppendAsync(id, new ReportVerified(id, 9, [], "saved before a crash"));
        await platform.CaughtUpAsync();

        // The points decided at verification (not the rules' 10 for traffic today), once.
        var mine = await Client.MyPointsAsync(world.ReporterToken);
        Assert.Equal(9, mine["balance"]!.GetValue<int>());
        Assert.Single(mine["entries"]!["items"]!.AsArray());
        (await Client.VerifyAsync(world.Verifier, id)).Ok();
        Assert.Equal(9, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task A_reversal_lost_after_the_overturn_was_saved_is_made_once_without_a_repeat()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);
        (await Client.VerifyAsync(world.Verifier, id)).Ok();
        Assert.Equal(10, await Client.BalanceAsync(world.ReporterToken));

        await AppendAsync(id, new ReportVerificationOverturned(id, "saved before a crash"));
        await platform.CaughtUpAsync();

        var mine = await Client.MyPointsAsync(world.ReporterToken);
        Assert.Equal(0, mine["balance"]!.GetValue<int>());
        Assert.Equal(2, mine["entries"]!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_award_that_lands_after_the_overturn_is_taken_back()
    {
        var world = await ReportWorld.CreateAsync(platform);
        var id = await Client.SubmittedIdAsync(world);
        // Verified and overturned while the verification's own award was still on its way.
        await AppendAsync(id, new ReportVerified(id, 5, [], "saved before a slow award"));
        (await Client.OverturnAsync(world.Verifier, id)).Ok();
        // The overturn's own backstop has run and found nothing to reverse: only the ledger's follower can take the award back.
        await platform.CaughtUpAsync();

        var late = await Client.VerifyAsync(world.Verifier, id);
        Assert.Equal(["CONFLICT"], late.ErrorCodes);
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<IQuerySession>().LoadAsync<Report>(id);
            var worker = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindWorkerAsync(world.Reporter, default);
            await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IWorkerPointsGrain>(world.Reporter)
                .AwardAsync(ReportAward.For(report!, worker!)!);
        }
        await platform.CaughtUpAsync();

        Assert.Equal(0, await Client.BalanceAsync(world.ReporterToken));
    }

    [Fact]
    public async Task A_report_whose_award_the_backstop_completes_past_its_cap_shows_the_points_the_ledger_recorded()
    {
        var world = await ReportWorld.CreateAsync(platform);
        // The shipped rules let 5 traffic reports a day count; each here is a kilometre from the last, so none is a duplicate.
        for (var i = 0; i < 5; i++)
        {
            var earlier = Guid.Parse((await Client.SubmittedAsync(world, latitude: world.Latitude + (i * 0.01), occurredAt: world.At.AddMinutes(i))).Text("id"));
            (await Client.VerifyAsync(world.Verifier, earlier)).Ok();
        }
        var id = Guid.Parse((await Client.SubmittedAsync(world, latitude: world.Latitude + 0.05, occurredAt: world.At.AddMinutes(5))).Text("id"));

        // Verified as the verification would (the rule's points, rule and cap), then a crash before the award.
        await using (var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var earned = platform.Services.GetRequiredService<ReportPoints>().For((await session.LoadAsync<Report>(id))!);
            await AppendAsync(id, new ReportVerified(id, earned.Points, earned.Flags, "交警确认信号灯故障", earned.Rule, earned.Cap));
        }
        await platform.CaughtUpAsync();

        var report = await Client.ReportAsync(world.ReporterToken, id);
        Assert.Equal("VERIFIED", report.Text("status"));
        Assert.Equal(10, report["history"]!.AsArray()[^1]!["points"]!.GetValue<int>());
        Assert.Equal(0, report["recordedPoints"]!.GetValue<int>());
        var entry = (await Client.MyPointsAsync(world.ReporterToken))["entries"]!["items"]!.AsArray().Single(e => e!.Text("sourceId") == id.ToString())!;
        Assert.Equal(0, entry["points"]!.GetValue<int>());
        Assert.Equal(50, await Client.BalanceAsync(world.ReporterToken));
    }

    /// <summary>What a crash between saving a decision and its points leaves behind: the event, without the ledger entry.</summary>
    private async Task AppendAsync(Guid id, object decision)
    {
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.Append(id, decision);
        await session.SaveChangesAsync();
    }
}
