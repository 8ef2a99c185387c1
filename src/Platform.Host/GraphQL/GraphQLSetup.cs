using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Platform.Kernel.Modules;

namespace Platform.Host.GraphQL;

internal static class GraphQLSetup
{
    public static void AddPlatformGraphQL(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, IEnumerable<IPlatformModule> modules)
    {
        var limits = configuration.GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new GraphQLLimits();
        services.AddOptions<GraphQLLimits>().Bind(configuration.GetSection(GraphQLLimits.Section));
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton<DocumentCache>();
        services.AddGraphQL(graphQL =>
        {
            graphQL.AddSchema<PlatformSchema>()
                .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping) // Chinese names stay readable
                .AddGraphTypes(typeof(GraphQLSetup).Assembly)
                .AddErrorInfoProvider<PlatformErrorInfoProvider>()
                // Runs on cached documents too: who may read a field depends on the caller, not the text.
                .AddValidationRule<FieldAuthorizationRule>(useForCachedDocuments: true)
                .ConfigureExecution(provider => provider.GetRequiredService<DocumentCache>())
                .AddComplexityAnalyzer(complexity =>
                {
                    complexity.MaxDepth = limits.MaxDepth;
                    complexity.MaxComplexity = limits.MaxComplexity;
                })
                .AddUnhandledExceptionHandler(context =>
                    UnhandledErrors.Translate(context, context.ExecutionOptions.RequestServices!.GetRequiredService<ILogger<GraphQLEndpoint>>()))
                // Resolvers share the request's scoped services (one Marten session): run them one at a time.
                .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query);
            foreach (var module in modules) graphQL.AddGraphTypes(module.GetType().Assembly);
            if (!(limits.EnableIntrospection ?? environment.IsDevelopment()))
                graphQL.AddValidationRule(NoIntrospectionValidationRule.Instance);
        });
    }
}
