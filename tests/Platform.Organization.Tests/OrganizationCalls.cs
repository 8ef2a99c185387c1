using System.Text.Json.Nodes;
using Platform.Organization.Enterprises;
using Platform.Testing;

namespace Platform.Organization.Tests;

/// <summary>The Organization mutations and queries as a client sends them.</summary>
internal static class OrganizationCalls
{
    private static int _phone = Random.Shared.Next(1_000_000, 9_000_000);
    private static int _code = Random.Shared.Next(100_000, 900_000);

    /// <summary>A mobile number no other test uses.</summary>
    public static string NewPhone() => $"136{Interlocked.Increment(ref _phone):D8}";

    /// <summary>A valid unified social credit code no other test uses.</summary>
    public static string NewCreditCode()
    {
        var body = $"91330100MA{Interlocked.Increment(ref _code):D7}";
        return body + CreditCode.CheckCharacter(body);
    }

    public static JsonNode Org(this GraphQLResponse response) => response.Ok()["organization"]!;

    public static Guid Id(this JsonNode node) => Guid.Parse(node["id"]!.GetValue<string>());

    public static async Task<Guid> CreateDistrictAsync(this GraphQLClient client, string token, string name) =>
        (await client.SendAsync("mutation($n: String!) { organization { createDistrict(name: $n, reason: \"新镇街\") { id } } }",
            new { n = name }, token)).Org()["createDistrict"]!.Id();

    public static async Task<Guid> CreateCommunityAsync(this GraphQLClient client, string token, string name, Guid districtId) =>
        (await client.SendAsync(
            "mutation($n: String!, $d: ID!) { organization { createCommunity(name: $n, districtId: $d, reason: \"新社区\") { id } } }",
            new { n = name, d = districtId }, token)).Org()["createCommunity"]!.Id();

    public const string CreateEnterprise = """
        mutation($n: String!, $c: String!, $s: [Sector!]!, $r: String!) {
          organization { createEnterprise(name: $n, creditCode: $c, sectors: $s, reason: $r) { id name creditCode sectors } } }
        """;

    public static async Task<Guid> CreateEnterpriseAsync(this GraphQLClient client, string token, string name, params string[] sectors) =>
        (await client.SendAsync(CreateEnterprise, new { n = name, c = NewCreditCode(), s = sectors.Length > 0 ? sectors : ["EXPRESS"], r = "入驻平台" }, token))
        .Org()["createEnterprise"]!.Id();

    public static async Task<Guid> AddOutletAsync(this GraphQLClient client, string token, Guid enterpriseId, string name, Guid districtId)
    {
        var outlets = (await client.SendAsync(
            "mutation($e: ID!, $n: String!, $d: ID!) { organization { addOutlet(enterpriseId: $e, name: $n, districtId: $d, address: \"文三路 1 号\", reason: \"新站点\") { outlets { id name } } } }",
            new { e = enterpriseId, n = name, d = districtId }, token)).Org()["addOutlet"]!["outlets"]!.AsArray();
        return outlets.Single(o => o!["name"]!.GetValue<string>() == name)!.Id();
    }

    public static async Task<Guid> CreateBranchAsync(this GraphQLClient client, string token, string name, string kind, Guid districtId, Guid? enterpriseId = null) =>
        (await client.SendAsync(
            "mutation($n: String!, $k: BranchKind!, $d: ID!, $e: ID) { organization { createBranch(name: $n, kind: $k, districtId: $d, enterpriseId: $e, reason: \"新支部\") { id } } }",
            new { n = name, k = kind, d = districtId, e = enterpriseId }, token)).Org()["createBranch"]!.Id();

    public const string RegisterWorker = """
        mutation($name: String!, $phone: String!, $sectors: [Sector!]!, $affiliations: [AffiliationInput!]!, $branchId: ID!,
                 $gridVolunteer: Boolean, $communityId: ID, $createAccount: Boolean, $reason: String!) {
          organization { registerWorker(name: $name, phone: $phone, sectors: $sectors, affiliations: $affiliations, branchId: $branchId,
                                        gridVolunteer: $gridVolunteer, communityId: $communityId, createAccount: $createAccount, reason: $reason) {
            worker { id name phone sectors branch { id name } enterprises { id } gridVolunteer community { id } }
            account { userId created oneTimePassword } } }
        }
        """;

    public static Task<GraphQLResponse> RegisterWorkerAsync(
        this GraphQLClient client, string token, string name, string phone, Guid enterpriseId, Guid branchId,
        string[]? sectors = null, Guid? outletId = null, bool gridVolunteer = false, Guid? communityId = null, bool createAccount = false,
        string reason = "登记骑手") =>
        client.SendAsync(RegisterWorker, new
        {
            name, phone, sectors = sectors ?? ["FOOD_DELIVERY"], affiliations = new[] { new { enterpriseId, outletId } }, branchId,
            gridVolunteer, communityId, createAccount, reason,
        }, token);

    public static async Task<Guid> RegisterWorkerOkAsync(
        this GraphQLClient client, string token, string name, string phone, Guid enterpriseId, Guid branchId, bool gridVolunteer = false, Guid? communityId = null) =>
        (await client.RegisterWorkerAsync(token, name, phone, enterpriseId, branchId, gridVolunteer: gridVolunteer, communityId: communityId))
        .Org()["registerWorker"]!["worker"]!.Id();

    /// <summary>organization.transferWorker selecting the worker's id; the caller checks the answer.</summary>
    public static Task<GraphQLResponse> TransferWorkerAsync(this GraphQLClient client, string token, Guid workerId, Guid branchId, string reason) =>
        client.SendAsync("mutation($w: ID!, $b: ID!, $r: String!) { organization { transferWorker(workerId: $w, branchId: $b, reason: $r) { id } } }",
            new { w = workerId, b = branchId, r = reason }, token);

    /// <summary>Creates a user with one role through access.createUser and returns a signed-in token.</summary>
    public static async Task<string> UserWithRoleAsync(this GraphQLClient client, string adminToken, string role, Guid? scope, string name = "某管理员")
    {
        var phone = NewPhone();
        (await client.SendAsync(
            "mutation($p: String!, $n: String!, $roles: [RoleGrantInput!]!) { access { createUser(phone: $p, name: $n, password: \"scoped-pass-1\", roles: $roles, reason: \"测试账号\") { user { id } } } }",
            new { p = phone, n = name, roles = new[] { new { role, scope = scope?.ToString() } } }, adminToken)).Ok();
        return await client.SignInAsync(phone, "scoped-pass-1");
    }

    public static async Task<JsonArray> WorkerHistoryAsync(this GraphQLClient client, string adminToken, Guid workerId) =>
        (await client.SendAsync("query($id: ID!) { organization { worker(id: $id) { history { action at by reason } } } }",
            new { id = workerId }, adminToken)).Org()["worker"]!["history"]!.AsArray();
}
