using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using Platform.Access.Contracts;
using Platform.Host.GraphQL;

namespace Platform.Host.Tests.Authorization;

/// <summary>Which rules a cached document is validated by again, for whom (<see cref="DocumentCache"/>).</summary>
public sealed class DocumentVerdictTests
{
    private const string Query = "{ access { users { totalCount } } }";
    private static readonly FieldAuthorizationRule FieldAccess = new();

    // The shape GraphQL.NET gives them: each registered rule appended to the options of the request.
    private static readonly IValidationRule[] OnlyFieldAccess = [FieldAccess];

    private readonly DocumentCache _cache = new();
    private readonly GraphQLParser.AST.GraphQLDocument _document = Parser.Parse(Query);
    private readonly List<IEnumerable<IValidationRule>?> _rulesRun = [];

    [Fact]
    public async Task Field_access_runs_until_it_cleared_the_document_for_the_callers_profile()
    {
        var admin = User(mustChangePassword: false, "ProgrammeAdmin");
        await RunAsync(admin, OnlyFieldAccess); // parsed and validated in full, then kept
        await RunAsync(admin, OnlyFieldAccess); // cached: field access runs, and clears it for the office
        await RunAsync(admin, OnlyFieldAccess); // cleared: nothing runs
        await RunAsync(User(mustChangePassword: false, "ProgrammeAdmin"), OnlyFieldAccess); // another admin, same profile
        await RunAsync(User(mustChangePassword: true, "ProgrammeAdmin"), OnlyFieldAccess);
        await RunAsync(User(mustChangePassword: false, "Worker:w-1"), OnlyFieldAccess);
        await RunAsync(User(mustChangePassword: false, "ProgrammeAdmin", "Worker:w-1"), OnlyFieldAccess);
        await RunAsync(new ClaimsPrincipal(new ClaimsIdentity()), OnlyFieldAccess);

        Assert.Equal([null, [FieldAccess], [], [], [FieldAccess], [FieldAccess], [FieldAccess], [FieldAccess]], _rulesRun);
    }

    [Fact]
    public async Task A_refused_profile_is_checked_every_time()
    {
        var worker = User(mustChangePassword: false, "Worker:w-1");
        await RunAsync(worker, OnlyFieldAccess);
        await RunAsync(worker, OnlyFieldAccess, executed: false);
        await RunAsync(worker, OnlyFieldAccess, executed: false);

        Assert.Equal([null, [FieldAccess], [FieldAccess]], _rulesRun);
    }

    [Fact]
    public async Task With_other_rules_for_cached_documents_every_rule_runs_every_time()
    {
        IValidationRule[] rules = [FieldAccess, new FieldAuthorizationRule()];
        var admin = User(mustChangePassword: false, "ProgrammeAdmin");
        foreach (var _ in Enumerable.Range(0, 3)) await RunAsync(admin, rules);

        Assert.Equal([null, rules, rules], _rulesRun);
    }

    private async Task RunAsync(ClaimsPrincipal user, IValidationRule[] cachedRules, bool executed = true)
    {
        var options = new ExecutionOptions { Query = Query, Document = _cache.Find(Query) ?? _document, User = user, CachedDocumentValidationRules = cachedRules.Aggregate(Enumerable.Empty<IValidationRule>(), (all, rule) => all.Append(rule)) };
        await _cache.ExecuteAsync(options, run =>
        {
            _rulesRun.Add(run.ValidationRules?.ToArray());
            return Task.FromResult(new ExecutionResult { Executed = executed, Document = _document });
        });
    }

    private static ClaimsPrincipal User(bool mustChangePassword, params string[] grants)
    {
        var claims = new List<Claim> { new(AccessClaims.Subject, Guid.NewGuid().ToString()) };
        claims.AddRange(grants.Select(g => new Claim(AccessClaims.Grant, g)));
        if (mustChangePassword) claims.Add(new Claim(AccessClaims.PasswordChangeRequired, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
