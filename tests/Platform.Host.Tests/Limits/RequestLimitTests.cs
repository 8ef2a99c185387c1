using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.Testing;

namespace Platform.Host.Tests.Limits;

public sealed class RequestLimitTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_before_it_runs()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        var nested = string.Concat(Enumerable.Repeat("ofType { ", 16)) + "name" + string.Concat(Enumerable.Repeat(" }", 16));
        var response = await platform.Client.SendAsync($"{{ __schema {{ types {{ fields {{ type {{ {nested} }} }} }} }} }}", token: token);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.Contains("depth", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_more_complex_than_the_limit_is_refused_before_it_runs()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        var aliases = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"m{i}: me {{ id name phone roles {{ role scope }} }}"));
        var response = await platform.Client.SendAsync($"{{ access {{ {aliases} }} }}", token: token);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("complexity", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var padding = new string(' ', 1024 * 1024 + 1);
        using var content = new StringContent($$"""{"query":"{ __typename {{padding}} }"}""", Encoding.UTF8, "application/json");
        using var response = await platform.Client.Http.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_sent_without_its_length_is_413()
    {
        var padding = new string(' ', 1024 * 1024 + 1);
        using var content = new ChunkedContent($$"""{"query":"{ __typename {{padding}} }"}""");
        using var response = await platform.Client.Http.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_sent_in_pieces_without_its_length_is_read_whole()
    {
        // Far more than one read of the body: the request is parsed from all of its pieces.
        var padding = new string(' ', 300_000);
        using var content = new ChunkedContent($$"""{"query":"{ __typename {{padding}} }"}""");
        using var response = await platform.Client.Http.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await GraphQLClient.ReadAsync(response)).Ok()["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_standard_introspection_query_fits_the_limits_for_a_signed_in_user()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        var response = await platform.Client.SendAsync(Introspection.Query, token: token);
        var types = response.Ok()["__schema"]!["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("AccessMutation", types);
        Assert.Contains("User", types);
    }
}

internal static class Introspection
{
    public const string Query = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name }
            types { kind name description
              fields(includeDeprecated: true) { name description args { name type { ...TypeRef } defaultValue } type { ...TypeRef } }
              inputFields { name type { ...TypeRef } }
              enumValues(includeDeprecated: true) { name }
            }
          }
        }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;
}

/// <summary>A body sent in small pieces with no Content-Length (chunked), as a streaming client sends it.</summary>
internal sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _bytes;

    public ChunkedContent(string json)
    {
        _bytes = Encoding.UTF8.GetBytes(json);
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < _bytes.Length; offset += 4096)
        {
            await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(4096, _bytes.Length - offset)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
