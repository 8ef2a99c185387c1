using Platform.Points.Contracts;
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
/// The facts an eligibility rule may name. <see cref="SubjectFacts.PointsByCategory"/> holds the
/// ledger's categories (activity types, grid task kinds, report categories); a rule names one of
/// them (<c>points.ThemeDay</c>) or a whole source (<c>points.Activity</c>: the sum of its
/// categories). A category the subject earned nothing in counts 0.
/// </summary>
internal static class SchemeFacts
{
    // The Points module keeps the grid task kinds and report categories internal; these are its names (rules/points.yaml).
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> PointSources = new Dictionary<string, IReadOnlyList<string>>
    {
        [nameof(SourceKind.Activity)] = Enum.GetNames<ActivityType>(),
        [nameof(SourceKind.GridTask)] = ["Patrol", "HazardCheck", "ResidentHelp"],
        [nameof(SourceKind.Report)] = ["Traffic", "Fire", "FoodSafety", "Drugs", "PublicOrder", "PlatformViolation"],
    };

    private static readonly IReadOnlySet<SubjectKind> WorkersOnly = new HashSet<SubjectKind> { SubjectKind.Worker };

    private static readonly IReadOnlyList<Fact> All =
    [
        new("points", FactType.Number, f => (long)f.Points),
        .. PointSources.Select(s => new Fact($"points.{s.Key}", FactType.Number, f => Sum(f, [s.Key, .. s.Value]))),
        .. PointSources.Values.SelectMany(c => c).Select(c => new Fact($"points.{c}", FactType.Number, f => Sum(f, [c]))),
        new("verifiedReports", FactType.Number, f => (long)f.VerifiedReports),
        new("sanctions", FactType.Number, f => (long)f.Sanctions),
        new("tenureMonths", FactType.Number, f => (long)f.TenureMonths),
        new("memberStatus", FactType.Text, f => f.MemberStatus, WorkersOnly)
        {
            WhenUnknown = "not known: the registry keeps no member status for this worker yet",
        },
    ];

    private static readonly IReadOnlyDictionary<string, Fact> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The names, for error messages: the categories are summarised as points.&lt;category&gt;.</summary>
    public static IEnumerable<string> Names =>
        ["points", .. PointSources.Keys.Select(s => $"points.{s}"), "points.<category>", "verifiedReports", "sanctions", "tenureMonths", "memberStatus"];

    public static Fact? Find(string name) => ByName.GetValueOrDefault(name);

    // A source's own name is counted too, in case facts ever arrive summed by source.
    private static long Sum(SubjectFacts facts, IEnumerable<string> categories) => categories.Sum(c => (long)facts.PointsByCategory.GetValueOrDefault(c));
}
