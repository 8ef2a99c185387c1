using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Bench;

/// <summary>GraphQL over HTTP, as an enterprise system calls it.</summary>
internal sealed class BenchClient(Uri address)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = address };

    public string? Token { get; set; }

    public async Task<JsonNode> SendAsync(string query, object? variables = null)
    {
        // With its length, as mobile apps and enterprise systems send a body they hold: JsonContent
        // would stream it chunked, which makes Kestrel decode it through a pipe of its own.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query, variables }));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
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
