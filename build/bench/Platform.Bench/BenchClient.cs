using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.Bench;

/// <summary>GraphQL over HTTP, as an enterprise system calls it.</summary>
internal sealed class BenchClient(Uri address)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = address };

    public string? Token { get; set; }

    public async Task<JsonNode> SendAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonNode>() ?? throw new InvalidOperationException("Empty answer.");
        if (body["errors"] is JsonArray { Count: > 0 } errors) throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        return body["data"]!;
    }

    public async Task SignInAsync(string phone, string password)
    {
        var data = await SendAsync("mutation($p: String!, $w: String!) { access { signIn(phone: $p, password: $w) { token } } }", new { p = phone, w = password });
        Token = data["access"]!["signIn"]!["token"]!.GetValue<string>();
    }
}
