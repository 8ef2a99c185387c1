using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Platform.Kernel.Errors;

namespace Platform.Host.GraphQL;

/// <summary>
/// <c>/graphql</c> as the GraphQL over HTTP specification has it: POST with JSON, GET for queries
/// only, one request per call, and under <c>application/graphql-response+json</c> a 4xx status for
/// a request that could not be executed.
/// </summary>
internal sealed class GraphQLEndpoint(
    IDocumentExecuter<PlatformSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLLimits> limits, DocumentCache documents)
{
    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = ResponseMediaType.Choose(http.Request);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable, "BAD_REQUEST",
                "Accept application/graphql-response+json or application/json.");
            return;
        }
        if (await InvalidTokenAsync(http))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteProblemAsync(http, mediaType, StatusCodes.Status401Unauthorized, ErrorCodes.InvalidToken,
                "The token is invalid or expired, or its session has ended: sign in again.");
            return;
        }

        var (request, problem) = await GraphQLHttpRequest.ReadAsync(http.Request, limits.Value.MaxRequestBytes);
        if (problem is not null)
        {
            if (problem.StatusCode == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(http, mediaType, problem.StatusCode, "BAD_REQUEST", problem.Message);
            return;
        }

        var document = documents.Find(request!.Query) ?? TryParse(request.Query);
        if (HttpMethods.IsGet(http.Request.Method) && document is not null && IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "BAD_REQUEST", "Mutations are sent with POST.");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            User = http.User,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
            Timeout = limits.Value.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });

        http.Response.StatusCode = StatusFor(result, mediaType);
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task<bool> InvalidTokenAsync(HttpContext http)
    {
        if (!http.Request.Headers.Authorization.Any()) return false;
        var outcome = await http.AuthenticateAsync();
        return !outcome.Succeeded;
    }

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null; // the executer parses again and reports the syntax error in GraphQL's own form
        }
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected?.Operation == OperationType.Mutation;
    }

    /// <summary>
    /// Not executed (unparsable, invalid, refused) is 4xx under the new media type; under
    /// application/json every well-formed request is answered 200, as legacy clients expect.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed || mediaType == ResponseMediaType.Json) return StatusCodes.Status200OK;
        var codes = result.Errors?.Select(e => e.Code).ToHashSet() ?? [];
        if (codes.Count > 0 && codes.All(c => c is ErrorCodes.Unauthenticated)) return StatusCodes.Status401Unauthorized;
        if (codes.Count > 0 && codes.All(c => c is ErrorCodes.Forbidden or ErrorCodes.PasswordChangeRequired or ErrorCodes.Unauthenticated))
            return StatusCodes.Status403Forbidden;
        return StatusCodes.Status400BadRequest;
    }

    private async Task WriteProblemAsync(HttpContext http, string mediaType, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
