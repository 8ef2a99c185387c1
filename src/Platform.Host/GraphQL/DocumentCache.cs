using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.Host.GraphQL;

/// <summary>
/// Parsed and validated documents by their text. Clients send the same few documents over and over
/// (an enterprise system's intake, the app's screens), and parsing plus the spec's validation rules
/// cost more than many resolvers. A document is kept only once it passed validation; on a later
/// request only the rules registered for cached documents run again, among them field access,
/// which depends on who is asking and not on the text. When field access is the only such rule,
/// a document it cleared for one caller is cleared for every caller of the same
/// <see cref="AccessProfile"/> without walking it again (profiling.md, seventeenth pass).
/// </summary>
internal sealed class DocumentCache : IConfigureExecution
{
    // Bounded by count and size so varying documents cannot grow it without end; a full cache starts again.
    private const int MaxDocuments = 2_000;
    private const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, Cached> _documents = new(StringComparer.Ordinal);

    // After the options are configured (rules added at the default order of 100), before execution.
    public float SortOrder => 200;

    public GraphQLDocument? Find(string query) => _documents.GetValueOrDefault(query)?.Document;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options is { Query: { } text, Document: { } given } && _documents.TryGetValue(text, out var cached) && ReferenceEquals(cached.Document, given))
            return await ExecuteCachedAsync(options, next, cached);
        var result = await next(options);
        if (result is { Executed: true, Document: { } document } && options.Query is { Length: <= MaxQueryLength } query)
        {
            if (_documents.Count >= MaxDocuments) _documents.Clear();
            _documents.TryAdd(query, new Cached(document));
        }
        return result;
    }

    private static async Task<ExecutionResult> ExecuteCachedAsync(ExecutionOptions options, ExecutionDelegate next, Cached cached)
    {
        var rules = options.CachedDocumentValidationRules;
        var profile = OnlyFieldAccess(rules) ? AccessProfile.Of(options.User) : null;
        var cleared = profile is { } known && cached.Cleared.ContainsKey(known);
        options.ValidationRules = cleared ? [] : rules ?? [];
        var result = await next(options);
        // Executed means every rule passed: no field was refused to this profile.
        if (!cleared && profile is { } checkedFor && result.Executed) cached.Cleared.TryAdd(checkedFor, 0);
        return result;
    }

    // GraphQL.NET appends each rule to the options of every request; counted without walking them.
    private static bool OnlyFieldAccess(IEnumerable<IValidationRule>? rules) =>
        rules is not null && rules.TryGetNonEnumeratedCount(out var count) && count == 1 && rules.First() is FieldAuthorizationRule;

    /// <summary>A validated document, and the access profiles field access has cleared it for.</summary>
    private sealed class Cached(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        public ConcurrentDictionary<long, byte> Cleared { get; } = new();
    }
}
