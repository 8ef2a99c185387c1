using Microsoft.Net.Http.Headers;

namespace Platform.Host.GraphQL;

/// <summary>
/// Content negotiation of the GraphQL over HTTP specification: the newer
/// <c>application/graphql-response+json</c> unless the client asks only for <c>application/json</c>.
/// </summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer with, or null when the client accepts neither (406).</summary>
    public static string? Choose(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        // The specification: a request without Accept is treated as accepting application/json.
        if (accept.Count == 0) return Json;
        // Highest quality first; at equal quality the newer media type wins.
        return accept
            .Where(range => (range.Quality ?? 1) > 0)
            .Select(range => (Quality: range.Quality ?? 1, Type: Match(range)))
            .Where(choice => choice.Type is not null)
            .OrderByDescending(choice => choice.Quality)
            .ThenBy(choice => choice.Type == GraphQLResponse ? 0 : 1)
            .Select(choice => choice.Type)
            .FirstOrDefault();
    }

    private static string? Match(MediaTypeHeaderValue range)
    {
        if (range.MatchesAllTypes || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
        if (range.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
        if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return Json;
        return null;
    }
}
