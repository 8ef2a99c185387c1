using Platform.Testing;

namespace Platform.Recognition.Tests.Nominations;

public sealed class NominationLifecycleTests(RecognitionPlatform platform) : IClassFixture<RecognitionPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_worker_goes_from_nomination_through_review_and_notice_to_an_honour_with_every_step_recorded()
    {
        var world = await platform.WorldAsync();
        var (worker, workerToken) = await world.WorkerAsync(Client, "王师傅");

        var nominated = await Client.NominatedAsync(world.Secretary, RecognitionPlatform.Rider, worker);
        var id = nominated.Id();
        Assert.Equal("IN_REVIEW", nominated.Status());
        Assert.All(nominated["eligibility"]!.AsArray(), check => Assert.True(check!["passed"]!.GetValue<bool>()));
        Assert.Null(nominated["recusals"]);
        var recusal = Assert.Single((await Client.DossierAsync(world.Admin, id))["recusals"]!.AsArray());
        Assert.Equal(world.Members[2].UserId.ToString(), recusal!["memberId"]!.GetValue<string>());
        Assert.True(recusal["automatic"]!.GetValue<bool>());

        Assert.Equal("IN_REVIEW", (await Client.VoteAsync(world.Members[0], id, true)).Recognition("reviewNomination").Status());
        var recommended = (await Client.VoteAsync(world.Members[1], id, true)).Recognition("reviewNomination");
        Assert.Equal("IN_NOTICE", recommended.Status());
        Assert.Equal(2, recommended["tally"]!["yes"]!.GetValue<int>());

        var objection = (await Client.ObjectAsync(workerToken, id, "该骑手曾有违规记录，请核实。")).Recognition("objectToNomination");
        Assert.Null(objection["objectorId"]);
        var ruled = (await Client.RuleAsync(world.Members[0].Token, id, objection.Id(), uphold: false, "经核查，违规记录不属实。")).Recognition("ruleOnObjection");
        Assert.Contains(ruled.Status(), new[] { "IN_NOTICE", "AWARDED" });

        var awarded = await Client.AwaitStatusAsync(world.Admin, id, "AWARDED", RecognitionPlatform.NoticeDay * 6);
        Assert.Equal("AWARDED", awarded.Status());
        Assert.StartsWith($"JF{DateTime.UtcNow.Year}-", awarded["certificateNumber"]!.GetValue<string>(), StringComparison.Ordinal);
        var history = awarded["history"]!.AsArray().Select(s => s!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["nomination_drafted", "nomination_submitted", "eligibility_checked", "committee_assigned", "member_recused", "review_submitted",
             "review_submitted", "nomination_recommended", "public_notice_started", "objection_filed", "objection_dismissed",
             "public_notice_ended", "nomination_approved", "honour_awarded"],
            history);
        Assert.All(awarded["history"]!.AsArray(), step => Assert.False(string.IsNullOrEmpty(step!["reason"]?.GetValue<string>())));

        var mine = (await Client.SendAsync("{ recognition { myHonours { id schemeId revoked certificateNumber } } }", null, workerToken)).Recognition("myHonours");
        Assert.Equal(id.ToString(), Assert.Single(mine.AsArray())!["id"]!.GetValue<string>());
        var roll = (await Client.SendAsync("query($s: String) { recognition { honourRoll(schemeId: $s) { name schemeId period year } } }",
            new { s = RecognitionPlatform.Rider })).Recognition("honourRoll");
        Assert.Contains(roll.AsArray(), h => h!["name"]!.GetValue<string>() == "王师傅");
        var recognitions = (await Client.SendAsync("query($e: ID!) { recognition { enterpriseRecognitions(enterpriseId: $e) { id subjectName } } }",
            new { e = world.Enterprise }, world.EnterpriseAdmin)).Recognition("enterpriseRecognitions");
        Assert.Contains(recognitions.AsArray(), h => h!["id"]!.GetValue<string>() == id.ToString());
    }

    [Fact]
    public async Task An_enterprise_is_honoured_after_the_office_closes_a_review_that_reached_quorum()
    {
        var world = await platform.WorldAsync();
        var nominated = await Client.NominatedAsync(world.Admin, RecognitionPlatform.Enterprise, world.OtherEnterprise, "ENTERPRISE");
        var id = nominated.Id();
        Assert.Equal("IN_REVIEW", nominated.Status());
        Assert.Empty(nominated["recusals"]!.AsArray());

        await Client.VoteAsync(world.Members[0], id, true);
        Assert.Equal("IN_REVIEW", (await Client.VoteAsync(world.Members[2], id, true)).Recognition("reviewNomination").Status());
        Assert.Equal("IN_NOTICE", (await Client.StepAsync(world.Admin, "concludeReview", id, "两位委员已评审，达到法定人数")).Recognition("concludeReview").Status());

        var awarded = await Client.AwaitStatusAsync(world.Admin, id, "AWARDED", RecognitionPlatform.NoticeDay * 6);
        Assert.Equal("AWARDED", awarded.Status());
        var own = (await Client.SendAsync("query($e: ID!) { recognition { enterpriseRecognitions(enterpriseId: $e) { id subjectKind } } }",
            new { e = world.OtherEnterprise }, world.OtherEnterpriseAdmin)).Recognition("enterpriseRecognitions");
        Assert.Equal("ENTERPRISE", Assert.Single(own.AsArray())!["subjectKind"]!.GetValue<string>());
        var elsewhere = await Client.SendAsync("query($e: ID!) { recognition { enterpriseRecognitions(enterpriseId: $e) { id } } }",
            new { e = world.OtherEnterprise }, world.EnterpriseAdmin);
        Assert.Equal(["FORBIDDEN"], elsewhere.ErrorCodes);
    }

    [Fact]
    public async Task A_notice_running_when_the_host_restarts_still_ends_and_only_once()
    {
        var world = await platform.WorldAsync();
        var (worker, _) = await world.WorkerAsync(Client, "李师傅");
        var id = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.Rider, worker)).Id();
        await Client.VoteAsync(world.Members[0], id, true);
        Assert.Equal("IN_NOTICE", (await Client.VoteAsync(world.Members[1], id, true)).Recognition("reviewNomination").Status());

        await platform.RestartAsync();

        // A reminder whose time passed while no silo ran fires at its next period (a minute at most).
        var awarded = await Client.AwaitStatusAsync(world.Admin, id, "AWARDED", RecognitionPlatform.NoticeDay * 6 + TimeSpan.FromMinutes(1));
        Assert.Equal("AWARDED", awarded.Status());
        // A reminder that fired twice would find the honour awarded and append nothing: one end, one honour.
        var actions = awarded["history"]!.AsArray().Select(s => s!["action"]!.GetValue<string>()).ToList();
        Assert.Single(actions, a => a == "public_notice_ended");
        Assert.Single(actions, a => a == "honour_awarded");
        Assert.Equal("system:public-notice", awarded["history"]!.AsArray().Single(s => s!["action"]!.GetValue<string>() == "public_notice_ended")!["by"]!.GetValue<string>());
    }
}
