using Platform.Recognition.Tests.Eligibility;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Recognition.Tests.Nominations;

public sealed class NominationInputTests(RecognitionPlatform platform) : IClassFixture<RecognitionPlatform>
{
    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Bad_nominations_are_refused_with_a_code_and_write_nothing()
    {
        var world = await platform.WorldAsync();
        var (worker, workerToken) = await world.WorkerAsync(Client);

        Assert.Equal(["NOT_FOUND"], (await Client.NominateAsync(world.Secretary, "NoSuchScheme", worker)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.NominateAsync(world.Secretary, RecognitionPlatform.Rider, worker, kind: "BRANCH")).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.NominateAsync(world.Secretary, RecognitionPlatform.Rider, worker, period: "2026-Q1")).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.NominateAsync(world.Secretary, RecognitionPlatform.Rider, worker, period: "2099")).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.NominateAsync(world.Secretary, RecognitionPlatform.Rider, worker, citation: "很好")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.NominateAsync(world.Secretary, RecognitionPlatform.Rider, Guid.NewGuid())).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.NominateAsync(workerToken, RecognitionPlatform.Rider, worker)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.NominateAsync(world.OtherEnterpriseAdmin, RecognitionPlatform.Rider, worker)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.NominateAsync(world.Secretary, RecognitionPlatform.Enterprise, world.OtherEnterprise, "ENTERPRISE")).ErrorCodes);

        var mine = (await Client.SendAsync("{ recognition { myNominations { subjectId } } }", null, world.Secretary)).Recognition("myNominations");
        Assert.DoesNotContain(mine.AsArray(), n => n!["subjectId"]!.GetValue<string>() == worker.ToString());
    }

    [Fact]
    public async Task A_subject_has_one_open_nomination_per_scheme_and_period()
    {
        var world = await platform.WorldAsync();
        var (worker, _) = await world.WorkerAsync(Client);
        var draft = (await Client.NominateAsync(world.Secretary, RecognitionPlatform.Rider, worker, submit: false)).Recognition("draftNomination");
        Assert.Equal("DRAFT", draft.Status());

        Assert.Equal(["CONFLICT"], (await Client.NominateAsync(world.EnterpriseAdmin, RecognitionPlatform.Rider, worker)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.StepAsync(world.EnterpriseAdmin, "submitNomination", draft.Id())).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.StepAsync(world.Secretary, "submitNomination", draft.Id(), "")).ErrorCodes);
        Assert.Equal("IN_REVIEW", (await Client.StepAsync(world.Secretary, "submitNomination", draft.Id())).Recognition("submitNomination").Status());
        Assert.Equal(["CONFLICT"], (await Client.StepAsync(world.Secretary, "submitNomination", draft.Id())).ErrorCodes);
    }

    [Fact]
    public async Task Bad_reviews_are_refused_with_a_code_and_count_for_nothing()
    {
        var world = await platform.WorldAsync();
        var (worker, _) = await world.WorkerAsync(Client);
        var id = (await Client.NominatedAsync(world.Secretary, RecognitionPlatform.LongNotice, worker)).Id();

        Assert.Equal(["VALIDATION"], (await Client.VoteAsync(world.Members[0], id, true)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.VoteAsync(world.Members[0], id, true, [new { criterion = "service", score = 11 }, new { criterion = "governance", score = 5 }])).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.VoteAsync(world.Members[0], id, true,
            [new { criterion = "service", score = 5 }, new { criterion = "governance", score = 5 }, new { criterion = "charm", score = 5 }])).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("mutation($n: ID!) { recognition { reviewNomination(nominationId: $n, vote: true) { id } } }",
            new { n = id }, world.Secretary)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await Client.VoteAsync(world.Members[0], Guid.NewGuid(), true)).ErrorCodes);

        var dossier = await Client.DossierAsync(world.Admin, id);
        Assert.Empty(dossier["reviews"]!.AsArray());
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync("query($n: ID!) { recognition { nomination(id: $n) { id } } }", new { n = id }, world.OtherEnterpriseAdmin)).ErrorCodes);
        Assert.Equal(["CONFLICT"], (await Client.StepAsync(world.Admin, "revokeHonour", id, "尚未授予")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.StepAsync(world.Secretary, "revokeHonour", id, "无权撤销")).ErrorCodes);
    }

    [Fact]
    public async Task Committees_are_formed_by_the_programme_office_with_valid_codes_only()
    {
        var world = await platform.WorldAsync();
        const string form = "mutation($c: String!) { recognition { formReviewCommittee(code: $c, name: \"第二委员会\", reason: \"组建\") { id } } }";
        Assert.Equal(["CONFLICT"], (await Client.SendAsync(form, new { c = RecognitionPlatform.Committee }, world.Admin)).ErrorCodes);
        Assert.Equal(["VALIDATION"], (await Client.SendAsync(form, new { c = "Bad Code!" }, world.Admin)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.SendAsync(form, new { c = "second" }, world.Secretary)).ErrorCodes);
        var committees = (await Client.SendAsync("{ recognition { reviewCommittees { code members { name } } } }", null, world.Members[0].Token)).Recognition("reviewCommittees");
        Assert.Equal(3, Assert.Single(committees.AsArray())!["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_verifier_nominates_the_grid_volunteers_of_their_own_community_only()
    {
        var world = await platform.WorldAsync();
        var community = await Client.CreateAsync(world.Admin,
            "mutation($n: String!, $d: ID!) { organization { createCommunity(name: $n, districtId: $d, reason: \"网格划分\") { id } } }",
            new { n = "莲峰社区", d = world.District });
        var other = await Client.CreateAsync(world.Admin,
            "mutation($n: String!, $d: ID!) { organization { createCommunity(name: $n, districtId: $d, reason: \"网格划分\") { id } } }",
            new { n = "岐关社区", d = world.District });
        var volunteer = await Client.CreateAsync(world.Admin,
            """
            mutation($p: String!, $e: ID!, $b: ID!, $c: ID!) {
              organization { registerWorker(name: "黄网格", phone: $p, sectors: [FOOD_DELIVERY], affiliations: [{ enterpriseId: $e }], branchId: $b,
                                            gridVolunteer: true, communityId: $c, reason: "兼职网格员") { worker { id } } } }
            """, new { p = RegistrySeed.NewPhone(), e = world.Enterprise, b = world.Branch, c = community });
        var ownVerifier = await Client.UserWithRoleAsync(world.Admin, "VERIFIER", community);
        var otherVerifier = await Client.UserWithRoleAsync(world.Admin, "VERIFIER", other);

        // Suggested candidates follow the same rule: the community's volunteers, for its own verifier.
        Assert.Contains(volunteer, await SuggestedAsync(ownVerifier));
        Assert.DoesNotContain(volunteer, await SuggestedAsync(otherVerifier));
        Assert.Equal(["FORBIDDEN"], (await Client.CandidatesAsync(world.Secretary, RecognitionPlatform.Volunteer, FactsWorld.Year)).ErrorCodes);
        // The scheme takes no nominations from the programme office, so it has no candidates for it either.
        Assert.Equal(["FORBIDDEN"], (await Client.CandidatesAsync(world.Admin, RecognitionPlatform.Volunteer, FactsWorld.Year)).ErrorCodes);

        Assert.Equal(["FORBIDDEN"], (await Client.NominateAsync(otherVerifier, RecognitionPlatform.Volunteer, volunteer)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await Client.NominateAsync(world.Secretary, RecognitionPlatform.Volunteer, volunteer)).ErrorCodes);
        Assert.Equal("IN_REVIEW", (await Client.NominatedAsync(ownVerifier, RecognitionPlatform.Volunteer, volunteer)).Status());
    }

    private async Task<List<Guid>> SuggestedAsync(string token) =>
        (await Client.CandidatesAsync(token, RecognitionPlatform.Volunteer, FactsWorld.Year)).Ok()["recognition"]!["suggestedCandidates"]!.AsArray()
        .Select(c => Guid.Parse(c!["subjectId"]!.GetValue<string>())).ToList();
}
