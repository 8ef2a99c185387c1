using System.Text.Json.Nodes;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Recognition.Tests.Nominations;

internal static class NominationCalls
{
    public const string Fields = """
        id schemeId period subjectKind subjectId subjectName status outcome noticeEndsAt certificateNumber awardedAt committeeId
        eligibility { rule passed reason }
        recusals { memberId reason automatic }
        reviews { memberId vote }
        tally { reviews required yes no yesShare scoreShare }
        objections { id reason status ruling objectorId }
        """;

    public static async Task<Member> AppointAsync(this GraphQLClient client, string admin, Guid committee, string name, Guid? enterprise)
    {
        var phone = RegistrySeed.NewPhone();
        var appointed = (await client.SendAsync(
            """
            mutation($c: ID!, $p: String!, $n: String!, $e: ID) {
              recognition { appointCommitteeMember(committeeId: $c, phone: $p, name: $n, enterpriseId: $e, reason: "任命评审委员") {
                member { userId } oneTimePassword } } }
            """, new { c = committee, p = phone, n = name, e = enterprise }, admin)).Ok()["recognition"]!["appointCommitteeMember"]!;
        var token = await client.SignInWithOneTimePasswordAsync(phone, appointed["oneTimePassword"]!.GetValue<string>());
        return new Member(Guid.Parse(appointed["member"]!["userId"]!.GetValue<string>()), token);
    }

    public static Task<GraphQLResponse> NominateAsync(
        this GraphQLClient client, string token, string scheme, Guid subject, string kind = "WORKER", bool submit = true, string period = "",
        string citation = "在暴雨天坚持为社区老人配送药品，并主动上报道路隐患。") =>
        client.SendAsync($$"""
            mutation($s: String!, $p: String!, $k: HonourSubjectKind!, $id: ID!, $c: String!, $submit: Boolean) {
              recognition { draftNomination(schemeId: $s, period: $p, subjectKind: $k, subjectId: $id, citation: $c, submit: $submit, reason: "推荐优秀骑手") { {{Fields}} } } }
            """, new { s = scheme, p = period.Length > 0 ? period : DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), k = kind, id = subject, c = citation, submit }, token);

    public static async Task<JsonNode> NominatedAsync(this GraphQLClient client, string token, string scheme, Guid subject, string kind = "WORKER") =>
        (await client.NominateAsync(token, scheme, subject, kind)).Ok()["recognition"]!["draftNomination"]!;

    public static Task<GraphQLResponse> VoteAsync(this GraphQLClient client, Member member, Guid nomination, bool vote, object[]? scores = null) =>
        client.SendAsync($$"""
            mutation($n: ID!, $v: Boolean, $s: [RubricScoreInput!]) {
              recognition { reviewNomination(nominationId: $n, vote: $v, scores: $s, comment: "事迹属实，表现突出") { {{Fields}} } } }
            """, new { n = nomination, v = vote, s = scores }, member.Token);

    /// <summary>A step that takes only the nomination and a reason: submitNomination, withdrawNomination, declareConflict, concludeReview, revokeHonour.</summary>
    public static Task<GraphQLResponse> StepAsync(this GraphQLClient client, string token, string mutation, Guid nomination, string reason = "依规办理") =>
        client.SendAsync($$"""
            mutation($n: ID!, $r: String!) { recognition { {{mutation}}(nominationId: $n, reason: $r) { {{Fields}} } } }
            """, new { n = nomination, r = reason }, token);

    public static Task<GraphQLResponse> ObjectAsync(this GraphQLClient client, string token, Guid nomination, string reason) =>
        client.SendAsync("mutation($n: ID!, $r: String!) { recognition { objectToNomination(nominationId: $n, reason: $r) { id status objectorId } } }",
            new { n = nomination, r = reason }, token);

    public static Task<GraphQLResponse> RuleAsync(this GraphQLClient client, string token, Guid nomination, Guid objection, bool uphold, string reason = "经核查") =>
        client.SendAsync($$"""
            mutation($n: ID!, $o: ID!, $u: Boolean!, $r: String!) {
              recognition { ruleOnObjection(nominationId: $n, objectionId: $o, uphold: $u, reason: $r) { {{Fields}} } } }
            """, new { n = nomination, o = objection, u = uphold, r = reason }, token);

    public static async Task<JsonNode> DossierAsync(this GraphQLClient client, string token, Guid nomination) =>
        (await client.SendAsync($$"""query($n: ID!) { recognition { nomination(id: $n) { {{Fields}} history { action by reason } } } }""",
            new { n = nomination }, token)).Ok()["recognition"]!["nomination"]!;

    /// <summary>
    /// The notice ends by an Orleans reminder, a timer with nothing to await from outside: the
    /// nomination is read again until it has moved on, within a bounded time.
    /// </summary>
    public static async Task<JsonNode> AwaitStatusAsync(this GraphQLClient client, string token, Guid nomination, string status, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var dossier = await client.DossierAsync(token, nomination);
            if (dossier["status"]!.GetValue<string>() == status || DateTime.UtcNow > deadline) return dossier;
            await Task.Delay(250);
        }
    }

    public static Guid Id(this JsonNode node) => Guid.Parse(node["id"]!.GetValue<string>());

    public static string Status(this JsonNode node) => node["status"]!.GetValue<string>();

    public static JsonNode Recognition(this GraphQLResponse response, string field) => response.Ok()["recognition"]![field]!;
}
