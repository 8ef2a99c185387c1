using System.Text.Json.Nodes;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.GridTasks;

/// <summary>
/// Two communities, each with a grid volunteer and a verifier, and a worker who is no grid
/// volunteer: all of one branch of one enterprise, built through the API.
/// </summary>
internal sealed record GridWorld(
    string Admin, Guid Enterprise, Guid Branch, Guid Community, Guid OtherCommunity,
    Guid Volunteer, string VolunteerToken, Guid OtherVolunteer, string OtherVolunteerToken, string NonVolunteerToken,
    string Verifier, string OtherVerifier)
{
    public static async Task<GridWorld> CreateAsync(GraphQLClient client)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var admin = await client.SignInAsAdminAsync();
        var district = await client.DistrictAsync(admin, $"东区街道{tag}");
        var community = await client.CommunityAsync(admin, $"莲峰社区{tag}", district);
        var other = await client.CommunityAsync(admin, $"库充社区{tag}", district);
        var enterprise = await client.EnterpriseAsync(admin, $"蜂鸟即配{tag}");
        var branch = await client.BranchAsync(admin, $"蜂鸟即配支部{tag}", district, enterprise);
        var (volunteer, volunteerToken) = await client.GridVolunteerAsync(admin, "陈小龙", enterprise, branch, community);
        var (otherVolunteer, otherToken) = await client.GridVolunteerAsync(admin, "林美玲", enterprise, branch, other);
        var (_, nonVolunteerToken) = await client.WorkerWithAccountAsync(admin, "黄志强", enterprise, branch);
        var verifier = await client.UserWithRoleAsync(admin, "VERIFIER", community);
        var otherVerifier = await client.UserWithRoleAsync(admin, "VERIFIER", other);
        return new GridWorld(admin, enterprise, branch, community, other, volunteer, volunteerToken, otherVolunteer, otherToken,
            nonVolunteerToken, verifier, otherVerifier);
    }
}

/// <summary>Seeding beyond <see cref="RegistrySeed"/>: communities and grid volunteers.</summary>
internal static class GridSeed
{
    public static Task<Guid> CommunityAsync(this GraphQLClient client, string token, string name, Guid districtId) => client.CreateAsync(token,
        "mutation($n: String!, $d: ID!) { organization { createCommunity(name: $n, districtId: $d, reason: \"seed\") { id } } }",
        new { n = name, d = districtId });

    /// <summary>A worker serving <paramref name="communityId"/> as a grid volunteer, with an account: the id and a signed-in token.</summary>
    public static async Task<(Guid WorkerId, string Token)> GridVolunteerAsync(
        this GraphQLClient client, string token, string name, Guid enterpriseId, Guid branchId, Guid communityId)
    {
        var phone = RegistrySeed.NewPhone();
        var registered = (await client.SendAsync(
            """
            mutation($n: String!, $p: String!, $e: ID!, $b: ID!, $c: ID!) {
              organization { registerWorker(name: $n, phone: $p, sectors: [FOOD_DELIVERY], affiliations: [{ enterpriseId: $e }], branchId: $b,
                                            gridVolunteer: true, communityId: $c, createAccount: true, reason: "seed") {
                worker { id } account { oneTimePassword } } } }
            """, new { n = name, p = phone, e = enterpriseId, b = branchId, c = communityId }, token)).Ok()["organization"]!["registerWorker"]!;
        var workerId = Guid.Parse(registered["worker"]!["id"]!.GetValue<string>());
        var oneTime = registered["account"]!["oneTimePassword"]!.GetValue<string>();
        return (workerId, await client.SignInWithOneTimePasswordAsync(phone, oneTime));
    }
}

internal static class GridCalls
{
    public const string Fields = "id kind status workerId workerName communityId doneAt description evidence submittedAt sourceKey decision { outcome by at reason points } recordedPoints";

    public const string Submit = $$"""
        mutation($k: GridTaskKind!, $c: ID!, $d: DateTimeOffset!, $desc: String!, $ev: [String!], $key: String) {
          points { submitGridTask(kind: $k, communityId: $c, doneAt: $d, description: $desc, evidence: $ev, idempotencyKey: $key) { {{Fields}} } } }
        """;

    public const string Accept = $$"""mutation($id: ID!, $n: String) { points { acceptGridTask(id: $id, note: $n) { {{Fields}} } } }""";

    public const string Reject = $$"""mutation($id: ID!, $r: String!) { points { rejectGridTask(id: $id, reason: $r) { {{Fields}} } } }""";

    public const string One = $$"""query($id: ID!) { points { gridTask(id: $id) { {{Fields}} } } }""";

    public const string Mine = "query($f: Int, $a: String) { points { myGridTasks(first: $f, after: $a) { totalCount nextCursor items { id status description } } } }";

    public const string Queue = "query($c: ID, $s: GridTaskStatus) { points { gridTaskQueue(communityId: $c, status: $s, first: 100) { totalCount items { id communityId status } } } }";

    public const string MyPoints = "{ points { myPoints { balance entries { items { source sourceId points category reason occurredAt } } } } }";

    public const string Description = "巡查小区消防通道，清理了三处堆放的杂物";

    public static Task<GraphQLResponse> SubmitAsync(
        this GraphQLClient client, string token, Guid community, string kind = "PATROL", DateTimeOffset? doneAt = null,
        string description = Description, IReadOnlyList<string>? evidence = null, string? key = null) =>
        client.SendAsync(Submit, new { k = kind, c = community, d = doneAt ?? DateTimeOffset.UtcNow.AddHours(-2), desc = description, ev = evidence, key }, token);

    /// <summary>Submits as the world's volunteer and returns the task's id.</summary>
    public static async Task<Guid> SubmittedAsync(this GraphQLClient client, GridWorld world, string kind = "PATROL", string? key = null) =>
        Guid.Parse((await client.SubmitAsync(world.VolunteerToken, world.Community, kind, key: key)).Task("submitGridTask")["id"]!.GetValue<string>());

    public static Task<GraphQLResponse> AcceptAsync(this GraphQLClient client, string token, Guid id, string? note = null) =>
        client.SendAsync(Accept, new { id, n = note }, token);

    public static Task<GraphQLResponse> RejectAsync(this GraphQLClient client, string token, Guid id, string reason) =>
        client.SendAsync(Reject, new { id, r = reason }, token);

    /// <summary>The task as its volunteer's verifier sees it now.</summary>
    public static async Task<JsonNode> TaskAsync(this GraphQLClient client, string token, Guid id) =>
        (await client.SendAsync(One, new { id }, token)).Task("gridTask");

    public static async Task<JsonNode> MineAsync(this GraphQLClient client, string token, int first = 20, string? after = null) =>
        (await client.SendAsync(Mine, new { f = first, a = after }, token)).Points()["myGridTasks"]!;

    public static async Task<JsonNode> MyPointsAsync(this GraphQLClient client, string token) =>
        (await client.SendAsync(MyPoints, token: token)).Points()["myPoints"]!;

    public static async Task<int> BalanceAsync(this GraphQLClient client, string token) =>
        (await client.MyPointsAsync(token))["balance"]!.GetValue<int>();

    public static JsonNode Task(this GraphQLResponse response, string field) => response.Points()[field]!;

    public static string Text(this JsonNode node, string name) => node[name]!.GetValue<string>();

    public static string Field(this GraphQLResponse response) => response.Errors![0]!["extensions"]!["field"]!.GetValue<string>();
}
