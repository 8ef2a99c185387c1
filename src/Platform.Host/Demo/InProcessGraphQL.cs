using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Platform.Access.Contracts;
using Platform.Host.GraphQL;

namespace Platform.Host.Demo;

/// <summary>
/// Runs GraphQL operations inside the host as one signed-in actor, through the same schema,
/// validation and authorization as HTTP requests: the demo data goes in the way users put it in.
/// </summary>
internal sealed class InProcessGraphQL(IServiceProvider services, IGraphQLTextSerializer serializer, ClaimsPrincipal actor)
{
    public static ClaimsPrincipal ProgrammeAdmin(Guid id, string name) => new(new ClaimsIdentity(
    [
        new Claim(AccessClaims.Subject, id.ToString()),
        new Claim(AccessClaims.Name, name),
        new Claim(AccessClaims.Role, nameof(Role.ProgrammeAdmin)),
        new Claim(AccessClaims.Grant, nameof(Role.ProgrammeAdmin)),
    ], authenticationType: "in-process", AccessClaims.Name, AccessClaims.Role));

    /// <summary>Runs one operation and returns its data; any error stops the caller.</summary>
    public async Task<JsonNode> RunAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        // The audited session factory reads who acts from the HTTP context.
        http.HttpContext = new DefaultHttpContext { User = actor, RequestServices = scope.ServiceProvider };
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<PlatformSchema>>().ExecuteAsync(new ExecutionOptions
            {
                Query = query,
                Variables = variables is null ? null : serializer.ReadNode<Inputs>(JsonSerializer.SerializeToElement(variables)),
                User = actor,
                RequestServices = scope.ServiceProvider,
                CancellationToken = cancellationToken,
            });
            var json = JsonNode.Parse(serializer.Serialize(result))!;
            if (json["errors"] is JsonArray { Count: > 0 } errors)
                throw new InvalidOperationException($"GraphQL operation failed: {errors.ToJsonString()}\n{query}");
            return json["data"]!;
        }
        finally
        {
            http.HttpContext = null;
        }
    }
}
