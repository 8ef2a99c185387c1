using System.Net;
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
