using System.Text.Json.Nodes;
using Platform.Organization.Contracts;

namespace Platform.Testing.Seeding;

/// <summary>
/// Builds a small registry through the public GraphQL API, as an admin would: for tests of the
/// modules that build on Organization.
/// </summary>
public static class RegistrySeed
{
    private static int _serial = Random.Shared.Next(1_000_000, 9_000_000);

    /// <summary>A mobile number no other test in the run uses.</summary>
    public static string NewPhone() => $"137{Interlocked.Increment(ref _serial):D8}";

    /// <summary>A valid unified social credit code (GB 32100-2015) no other test in the run uses.</summary>
    public static string NewCreditCode()
    {
        var body = $"91440200MA{Interlocked.Increment(ref _serial) % 10_000_000:D7}";
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    public static async Task<Guid> CreateAsync(this GraphQLClient client, string token, string mutation, object variables)
    {
        var data = (await client.SendAsync(mutation, variables, token)).Ok();
        var payload = data["organization"]!.AsObject().First().Value!;
        return Guid.Parse((payload["id"] ?? payload["worker"]!["id"])!.GetValue<string>());
    }

    public static Task<Guid> DistrictAsync(this GraphQLClient client, string token, string name) => client.CreateAsync(token,
        "mutation($n: String!) { organization { createDistrict(name: $n, reason: \"seed\") { id } } }", new { n = name });

    public static Task<Guid> EnterpriseAsync(this GraphQLClient client, string token, string name, string sector = "FOOD_DELIVERY") => client.CreateAsync(token,
        "mutation($n: String!, $c: String!, $s: [Sector!]!) { organization { createEnterprise(name: $n, creditCode: $c, sectors: $s, reason: \"seed\") { id } } }",
        new { n = name, c = NewCreditCode(), s = new[] { sector } });

    public static Task<Guid> BranchAsync(this GraphQLClient client, string token, string name, Guid districtId, Guid? enterpriseId) => client.CreateAsync(token,
        "mutation($n: String!, $k: BranchKind!, $d: ID!, $e: ID) { organization { createBranch(name: $n, kind: $k, districtId: $d, enterpriseId: $e, reason: \"seed\") { id } } }",
        new { n = name, k = enterpriseId is null ? "AREA" : "ENTERPRISE", d = districtId, e = enterpriseId });

    /// <summary>Registers a worker with an account and returns the worker id and a signed-in token for it.</summary>
    public static async Task<(Guid WorkerId, string Token)> WorkerWithAccountAsync(
        this GraphQLClient client, string token, string name, Guid enterpriseId, Guid branchId, string sector = "FOOD_DELIVERY")
    {
        var phone = NewPhone();
        var registered = (await client.SendAsync(
            """
            mutation($n: String!, $p: String!, $s: [Sector!]!, $e: ID!, $b: ID!) {
              organization { registerWorker(name: $n, phone: $p, sectors: $s, affiliations: [{ enterpriseId: $e }], branchId: $b,
                                            createAccount: true, reason: "seed") { worker { id } account { oneTimePassword } } } }
            """, new { n = name, p = phone, s = new[] { sector }, e = enterpriseId, b = branchId }, token)).Ok()["organization"]!["registerWorker"]!;
        var workerId = Guid.Parse(registered["worker"]!["id"]!.GetValue<string>());
        var oneTime = registered["account"]!["oneTimePassword"]!.GetValue<string>();
        return (workerId, await client.SignInWithOneTimePasswordAsync(phone, oneTime));
    }

    /// <summary>Signs in with a one-time password, sets a password of its own, and returns the fresh token.</summary>
    public static async Task<string> SignInWithOneTimePasswordAsync(this GraphQLClient client, string phone, string oneTimePassword)
    {
        var first = await client.SignInAsync(phone, oneTimePassword);
        var changed = (await client.SendAsync(
            "mutation($c: String!) { access { changePassword(currentPassword: $c, newPassword: \"own-pass-123\") { token } } }",
            new { c = oneTimePassword }, first)).Ok();
        return changed["access"]!["changePassword"]!["token"]!.GetValue<string>();
    }

    /// <summary>Creates a user holding one role and returns a signed-in token.</summary>
    public static async Task<string> UserWithRoleAsync(this GraphQLClient client, string adminToken, string role, Guid? scope)
    {
        var phone = NewPhone();
        (await client.SendAsync(
            "mutation($p: String!, $roles: [RoleGrantInput!]!) { access { createUser(phone: $p, name: \"测试用户\", password: \"scoped-pass-1\", roles: $roles, reason: \"seed\") { user { id } } } }",
            new { p = phone, roles = new[] { new { role, scope = scope?.ToString() } } }, adminToken)).Ok();
        return await client.SignInAsync(phone, "scoped-pass-1");
    }

    public static JsonNode Points(this GraphQLResponse response) => response.Ok()["points"]!;
}
