using Platform.Testing;

namespace Platform.Recognition.Tests.Nominations;

public sealed class NominationReviewTests(RecognitionPlatform platform) : IClassFixture<RecognitionPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task A_subject_that_fails_eligibility_is_ineligible_with_the_reason_of_every_rule()
    {
        var world = await platform.WorldAsync();
        var (worker, workerToken) = await world.WorkerAsync(Client);
        var nominated = await Client.NominatedAsync(world.Secretary, RecognitionPlatform.Unreachable, worker);

        Assert.Equal("INELIGIBLE", nominated.Status());
        var checks = nominated["eligibility"]!.AsArray();
        Assert.False(checks[0]!["passed"]!.GetValue<bool>());
        Assert.Matches(@"^points \d+ < 1000000 required$", checks[0]!["reason"]!.GetValue<string>());
        Assert.True(checks[1]!["passed"]!.GetValue<bool>());
        Assert.Null(nominated["committeeId"]);
        // The worker follows their own nomination, without the committee's part of the dossier.
        var seen = await Client.DossierAsync(workerToken, nominated.Id());
        Assert.Equal("INELIGIBLE", seen.Status());
        Assert.Null(seen["history"]);
        // Ineligible closes the nomination: the subject may be nominated again.
        Assert.Equal("INELIGIBLE", (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.Unreachable, worker)).Status());
    }

    [Fact]
    public async Task A_review_cannot_conclude_before_quorum_and_the_nomination_stays_in_review()
    {
        var world = await platform.WorldAsync();
        var (worker, _) = await world.WorkerAsync(Client);
        var id = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.Rider, worker)).Id();
        await Client.VoteAsync(world.Members[0], id, true);

        var early = await Client.StepAsync(world.Admin, "concludeReview", id, "提前结束评审");

        Assert.Equal(["QUORUM_NOT_MET"], early.ErrorCodes);
        var dossier = await Client.DossierAsync(world.Admin, id);
        Assert.Equal("IN_REVIEW", dossier.Status());
        Assert.Null(dossier["tally"]);
    }

    [Fact]
    public async Task A_member_of_the_subjects_enterprise_is_recused_and_a_member_who_declares_a_conflict_too()
    {
        var world = await platform.WorldAsync();
        var (worker, _) = await world.WorkerAsync(Client);
        var id = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.Rider, worker)).Id();

        var recusedReview = await Client.VoteAsync(world.Members[2], id, true);
        Assert.Equal(["FORBIDDEN"], recusedReview.ErrorCodes);

        var declared = (await Client.StepAsync(world.Members[1].Token, "declareConflict", id, "被推荐人是我的亲属")).Recognition("declareConflict");
        var recusals = declared["recusals"]!.AsArray();
        Assert.Equal(2, recusals.Count);
        Assert.Contains(recusals, r => r!["memberId"]!.GetValue<string>() == world.Members[1].UserId.ToString() && !r["automatic"]!.GetValue<bool>());
        Assert.Equal(["FORBIDDEN"], (await Client.VoteAsync(world.Members[1], id, true)).ErrorCodes);
        var queue = (await Client.SendAsync("{ recognition { reviewQueue { id } } }", null, world.Members[1].Token)).Recognition("reviewQueue");
        Assert.DoesNotContain(queue.AsArray(), n => n!["id"]!.GetValue<string>() == id.ToString());
        var other = (await Client.SendAsync("{ recognition { reviewQueue { id } } }", null, world.Members[0].Token)).Recognition("reviewQueue");
        Assert.Contains(other.AsArray(), n => n!["id"]!.GetValue<string>() == id.ToString());
    }

    [Fact]
    public async Task An_upheld_objection_stops_the_award()
    {
        var world = await platform.WorldAsync();
        var (worker, workerToken) = await world.WorkerAsync(Client);
        var id = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.LongNotice, worker)).Id();
        var scores = new object[] { new { criterion = "service", score = 9 }, new { criterion = "governance", score = 7 } };
        await Client.VoteAsync(world.Members[0], id, true, scores);
        Assert.Equal("IN_NOTICE", (await Client.VoteAsync(world.Members[1], id, true, scores)).Recognition("reviewNomination").Status());

        var objection = (await Client.ObjectAsync(world.OtherEnterpriseAdmin, id, "该骑手上月有交通违法记录。")).Recognition("objectToNomination");
        Assert.Equal(["FORBIDDEN"], (await Client.RuleAsync(workerToken, id, objection.Id(), uphold: false)).ErrorCodes);
        var rejected = (await Client.RuleAsync(world.Members[1].Token, id, objection.Id(), uphold: true, "违法记录属实")).Recognition("ruleOnObjection");

        Assert.Equal("REJECTED", rejected.Status());
        Assert.Contains("违法记录属实", rejected["outcome"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UPHELD", rejected["objections"]![0]!["status"]!.GetValue<string>());
        Assert.Null(rejected["objections"]![0]!["objectorId"]);
        var office = await Client.DossierAsync(world.Admin, id);
        Assert.NotNull(office["objections"]![0]!["objectorId"]);
        Assert.Equal(["CONFLICT"], (await Client.ObjectAsync(workerToken, id, "再提一条异议意见")).ErrorCodes);
    }

    [Fact]
    public async Task A_full_quota_rejects_a_recommendation_with_its_reason_and_a_withdrawal_frees_the_place()
    {
        var world = await platform.WorldAsync();
        var (first, _) = await world.WorkerAsync(Client, "张一");
        var (second, _) = await world.WorkerAsync(Client, "张二");
        var (third, _) = await world.WorkerAsync(Client, "张三");
        var a = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.OnlyOne, first)).Id();
        var b = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.OnlyOne, second)).Id();
        await Client.VoteAsync(world.Members[0], a, true);
        Assert.Equal("IN_NOTICE", (await Client.VoteAsync(world.Members[1], a, true)).Recognition("reviewNomination").Status());

        await Client.VoteAsync(world.Members[0], b, true);
        var full = (await Client.VoteAsync(world.Members[1], b, true)).Recognition("reviewNomination");
        Assert.Equal("REJECTED", full.Status());
        Assert.StartsWith("QUOTA_EXCEEDED", full["outcome"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal("WITHDRAWN", (await Client.StepAsync(world.Secretary, "withdrawNomination", a, "被推荐人调离本市")).Recognition("withdrawNomination").Status());
        var c = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.OnlyOne, third)).Id();
        await Client.VoteAsync(world.Members[0], c, true);
        Assert.Equal("IN_NOTICE", (await Client.VoteAsync(world.Members[1], c, true)).Recognition("reviewNomination").Status());
    }

    [Fact]
    public async Task Half_the_votes_against_reject_the_nomination_with_the_tally()
    {
        var world = await platform.WorldAsync();
        var (worker, _) = await world.WorkerAsync(Client);
        var id = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.LongNotice, worker)).Id();
        var low = new object[] { new { criterion = "service", score = 2 }, new { criterion = "governance", score = 3 } };
        await Client.VoteAsync(world.Members[0], id, true, low);
        var rejected = (await Client.VoteAsync(world.Members[1], id, false, low)).Recognition("reviewNomination");

        Assert.Equal("REJECTED", rejected.Status());
        Assert.Equal(0.5, rejected["tally"]!["yesShare"]!.GetValue<double>());
        Assert.True(rejected["tally"]!["scoreShare"]!.GetValue<double>() < 0.6);
    }
}
