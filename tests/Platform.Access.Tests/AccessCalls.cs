using System.Text.Json.Nodes;
using Platform.Testing;

namespace Platform.Access.Tests;

/// <summary>The Access mutations and queries as a client sends them.</summary>
internal static class AccessCalls
{
    public const string CreateUser = """
        mutation($phone: String!, $name: String!, $password: String, $roles: [RoleGrantInput!]!, $reason: String!) {
          access { createUser(phone: $phone, name: $name, password: $password, roles: $roles, reason: $reason) {
            user { id phone name mustChangePassword roles { role scope } } oneTimePassword } }
        }
        """;

    public static Task<GraphQLResponse> CreateUserAsync(
        this GraphQLClient client, string token, string phone, string name, string? password, object[] roles, string reason = "new colleague") =>
        client.SendAsync(CreateUser, new { phone, name, password, roles, reason }, token);

    public static async Task<Guid> CreateUserOkAsync(this GraphQLClient client, string token, string phone, string name, string password, params object[] roles)
    {
        var response = await client.CreateUserAsync(token, phone, name, password, roles);
        return Guid.Parse(response.Ok()["access"]!["createUser"]!["user"]!["id"]!.GetValue<string>());
    }

    public static async Task<int> UserCountAsync(this GraphQLClient client, string adminToken)
    {
        var response = await client.SendAsync("{ access { users { totalCount } } }", token: adminToken);
        return response.Ok()["access"]!["users"]!["totalCount"]!.GetValue<int>();
    }

    public static Task<GraphQLResponse> SignInRawAsync(this GraphQLClient client, string phone, string password) =>
        client.SendAsync(
            "mutation($phone: String!, $password: String!) { access { signIn(phone: $phone, password: $password) { token mustChangePassword } } }",
            new { phone, password });

    public static JsonNode Access(this GraphQLResponse response) => response.Ok()["access"]!;
}
