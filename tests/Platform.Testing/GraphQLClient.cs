using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.Testing;

/// <summary>A GraphQL answer: HTTP status and the parsed body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonNode Body)
{
    public JsonNode? Data => Body["data"];

    public JsonArray? Errors => Body["errors"] as JsonArray;

    public IReadOnlyList<string> ErrorCodes =>
        Errors?.Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "").ToList() ?? [];

    /// <summary>The data, after checking that there were no errors.</summary>
    public JsonNode Ok()
    {
        if (Errors is { Count: > 0 }) throw new InvalidOperationException($"GraphQL errors: {Body.ToJsonString()}");
        return Data ?? throw new InvalidOperationException($"No data: {Body.ToJsonString()}");
    }
}

/// <summary>Talks to <c>/graphql</c> over HTTP as a client would.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await ReadAsync(await Http.SendAsync(request));
    }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
        return new GraphQLResponse(response.StatusCode, body);
    }

    /// <summary>Signs in and returns the token; fails the test when sign-in fails.</summary>
    public async Task<string> SignInAsync(string phone, string password)
    {
        var response = await SendAsync(
            "mutation($phone: String!, $password: String!) { access { signIn(phone: $phone, password: $password) { token } } }",
            new { phone, password });
        return response.Ok()["access"]!["signIn"]!["token"]!.GetValue<string>();
    }

    public Task<string> SignInAsAdminAsync() => SignInAsync(TestPlatform.AdminPhone, TestPlatform.AdminPassword);
}
