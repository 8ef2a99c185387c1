using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.Testing;

namespace Platform.Host.Tests.Http;

/// <summary>The endpoint against the GraphQL over HTTP specification.</summary>
public sealed class GraphQLOverHttpTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private HttpClient Http => platform.Client.Http;

    [Fact]
    public async Task A_valid_post_answers_200_in_the_media_type_the_client_accepts()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            using var response = await PostAsync("""{"query":"{ access { me { name } } }"}""", accept, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
            var body = await GraphQLClient.ReadAsync(response);
            Assert.Equal("Programme office", body.Ok()["access"]!["me"]!["name"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_request_without_accept_is_answered_as_application_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("""{"query":"{ access { me { name } "}""", "SYNTAX_ERROR")]
    [InlineData("""{"query":"{ access { nope } }"}""", "FIELDS_ON_CORRECT_TYPE")]
    public async Task A_document_that_cannot_execute_is_400_under_graphql_response_json_and_200_under_json(string body, string code)
    {
        var token = await platform.Client.SignInAsAdminAsync();
        using (var response = await PostAsync(body, GraphQLResponse, token))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var parsed = await GraphQLClient.ReadAsync(response);
            Assert.Contains(code, parsed.ErrorCodes);
            Assert.Null(parsed.Body["data"]);
        }
        using (var legacy = await PostAsync(body, "application/json", token))
        {
            Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
            Assert.Contains(code, (await GraphQLClient.ReadAsync(legacy)).ErrorCodes);
        }
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]""", "Batched requests are not supported")]
    [InlineData("""{"query": 42}""", "'query' must be a non-empty string")]
    [InlineData("""{"query":"{ __typename }","variables":[1]}""", "'variables' must be an object")]
    [InlineData("\"just a string\"", "must be a JSON object")]
    public async Task A_malformed_body_is_400_with_a_clear_message(string body, string message)
    {
        using var response = await PostAsync(body, GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var parsed = await GraphQLClient.ReadAsync(response);
        Assert.Contains(message, parsed.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("BAD_REQUEST", parsed.ErrorCodes[0]);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{ __typename }", Encoding.UTF8, "application/graphql"),
        };
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_client_accepting_neither_json_type_gets_406()
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_query_may_be_sent_with_get()
    {
        var token = await platform.Client.SignInAsAdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("query Me($x: Boolean!) { access { me { name @include(if: $x) } } }") +
            "&variables=" + Uri.EscapeDataString("""{"x":true}"""));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Programme office", (await GraphQLClient.ReadAsync(response)).Ok()["access"]!["me"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_sent_with_get_is_405_and_does_nothing()
    {
        var query = """mutation { access { signIn(phone: "13900000000", password: "admin-pass-1") { token } } }""";
        using var response = await Http.GetAsync("/graphql?query=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Null((await GraphQLClient.ReadAsync(response)).Body["data"]);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var response = await Http.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_postgres_and_the_silo()
    {
        using var response = await Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"postgres\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"silo\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string accept, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }
}
