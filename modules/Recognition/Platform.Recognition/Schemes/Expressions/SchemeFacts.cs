using Platform.Recognition.Contracts;

namespace Platform.Recognition.Schemes.Expressions;

/// <summary>Whether a fact is a count or a text.</summary>
internal enum FactType
{
    Number,
    Text,
}

/// <summary>One fact a rule may name, how to read it from <see cref="SubjectFacts"/>, and which subjects have it.</summary>
internal sealed record Fact(string Name, FactType Type, Func<SubjectFacts, object?> Read, IReadOnlySet<SubjectKind>? OnlyFor = null)
{
    /// <summary>Why the fact may be missing from <see cref="SubjectFacts"/>, said when a rule needs it.</summary>
    public string WhenUnknown { get; init; } = "not known for this subject";
}

/// <summary>
/// The facts an eligibility rule may name. <c>points.X</c> reads <see cref="SubjectFacts.PointsByCategory"/>
/// under the key X (a category the subject earned nothing in counts 0). The categories are the
/// ledger's earning sources (its SourceKind names), so the facts reader sums awards per source.
/// </summary>
internal static class SchemeFacts
{
    public static readonly IReadOnlyList<string> PointCategories = ["Activity", "GridTask", "Report"];

    private static readonly IReadOnlySet<SubjectKind> WorkersOnly = new HashSet<SubjectKind> { SubjectKind.Worker };

    private static readonly IReadOnlyList<Fact> All =
    [
        new("points", FactType.Number, f => (long)f.Points),
        .. PointCategories.Select(c => new Fact($"points.{c}", FactType.Number, f => (long)f.PointsByCategory.GetValueOrDefault(c))),
        new("verifiedReports", FactType.Number, f => (long)f.VerifiedReports),
        new("sanctions", FactType.Number, f => (long)f.Sanctions),
        new("tenureMonths", FactType.Number, f => (long)f.TenureMonths),
        new("memberStatus", FactType.Text, f => f.MemberStatus, WorkersOnly)
        {
            WhenUnknown = "not known: the registry keeps no member status for this worker yet",
        },
    ];

    private static readonly IReadOnlyDictionary<string, Fact> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    public static Fact? Find(string name) => ByName.GetValueOrDefault(name);
}
