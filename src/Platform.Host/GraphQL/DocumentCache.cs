using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Platform.Host.GraphQL;

/// <summary>
/// Parsed and validated documents by their text. Clients send the same few documents over and over
/// (an enterprise system's intake, the app's screens), and parsing plus the spec's validation rules
/// cost more than many resolvers. A document is kept only once it passed validation; on a later
/// request only the rules registered for cached documents run again, among them field access,
/// which depends on who is asking and not on the text.
/// </summary>
internal sealed class DocumentCache : IConfigureExecution
{
    // Bounded by count and size so varying documents cannot grow it without end; a full cache starts again.
    private const int MaxDocuments = 2_000;
    private const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    // After the options are configured (rules added at the default order of 100), before execution.
    public float SortOrder => 200;

    public GraphQLDocument? Find(string query) => _documents.GetValueOrDefault(query);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options is { Query: { } text, Document: { } given } && _documents.TryGetValue(text, out var cached) && ReferenceEquals(cached, given))
        {
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }
        var result = await next(options);
        if (result is { Executed: true, Document: { } document } && options.Query is { Length: <= MaxQueryLength } query)
        {
            if (_documents.Count >= MaxDocuments) _documents.Clear();
            _documents.TryAdd(query, document);
        }
        return result;
    }
}
