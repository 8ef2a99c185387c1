using System.Buffers;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Platform.Host.GraphQL;

/// <summary>A GraphQL request read from HTTP, or the reason it could not be read.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    public static async Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadAsync(HttpRequest request, int maxBytes)
    {
        if (HttpMethods.IsGet(request.Method)) return FromQueryString(request.Query);
        if (!HttpMethods.IsPost(request.Method))
            return (null, new RequestProblem(StatusCodes.Status405MethodNotAllowed, "Use POST, or GET for queries."));
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "Send the request body as application/json."));
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));

        // Parsed where Kestrel buffered it: copying every body into an array of its own, through an
        // 8 KB chunk, was an eighth of the bytes a single submission allocated, and a third of a
        // `{ __typename }` request's (docs/profiling.md, eighteenth pass).
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(request.HttpContext.RequestAborted);
            var body = read.Buffer;
            if (read.IsCompleted && body.Length <= maxBytes)
            {
                try
                {
                    return Parse(body);
                }
                finally
                {
                    reader.AdvanceTo(body.End);
                }
            }
            // Nothing consumed: the next read returns this much and more.
            reader.AdvanceTo(body.Start, body.End);
            if (body.Length > maxBytes) return (null, TooLarge(maxBytes));
        }
    }

    /// <summary>The request in <paramref name="body"/>; everything kept is copied out, as the body's buffers go back to Kestrel.</summary>
    private static (GraphQLHttpRequest?, RequestProblem?) Parse(ReadOnlySequence<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return (null, BadRequest("The request body is not valid JSON."));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array) return (null, BadRequest("Batched requests are not supported: send one request per call."));
            if (root.ValueKind != JsonValueKind.Object) return (null, BadRequest("The request body must be a JSON object."));
            return FromJson(root);
        }
    }

    private static (GraphQLHttpRequest?, RequestProblem?) FromJson(JsonElement root)
    {
        var query = root.TryGetProperty("query", out var element) && element.ValueKind == JsonValueKind.String ? element.GetString()! : "";
        if (query.Length == 0) return (null, BadRequest("'query' must be a non-empty string."));
        if (!OptionalString(root, "operationName", out var operationName)) return (null, BadRequest("'operationName' must be a string or null."));
        if (!OptionalObject(root, "variables", out var variables)) return (null, BadRequest("'variables' must be an object or null."));
        if (!OptionalObject(root, "extensions", out var extensions)) return (null, BadRequest("'extensions' must be an object or null."));
        return (new GraphQLHttpRequest(query, operationName, variables, extensions), null);
    }

    private static (GraphQLHttpRequest?, RequestProblem?) FromQueryString(IQueryCollection query)
    {
        var text = query["query"].ToString();
        if (text.Length == 0) return (null, BadRequest("Pass the GraphQL document in the 'query' parameter."));
        var variables = ParseObject(query["variables"].ToString());
        if (variables.Problem) return (null, BadRequest("'variables' must be a JSON object."));
        var extensions = ParseObject(query["extensions"].ToString());
        if (extensions.Problem) return (null, BadRequest("'extensions' must be a JSON object."));
        var operationName = query["operationName"].ToString();
        return (new GraphQLHttpRequest(text, operationName.Length == 0 ? null : operationName, variables.Value, extensions.Value), null);
    }

    private static (JsonElement? Value, bool Problem) ParseObject(string text)
    {
        if (text.Length == 0) return (null, false);
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (document.RootElement.Clone(), false),
                JsonValueKind.Null => (null, false),
                _ => (null, true),
            };
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    private static bool OptionalString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.String) return false;
        value = element.GetString();
        return true;
    }

    private static bool OptionalObject(JsonElement root, string name, out JsonElement? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.Object) return false;
        value = element.Clone();
        return true;
    }

    private static RequestProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    private static RequestProblem TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
}

/// <summary>Why a request could not be read, answered before any GraphQL work.</summary>
internal sealed record RequestProblem(int StatusCode, string Message);
