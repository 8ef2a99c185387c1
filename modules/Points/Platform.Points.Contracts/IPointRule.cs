namespace Platform.Points.Contracts;

/// <summary>
/// What a point rule is asked: a source of <paramref name="Kind"/> and <paramref name="Type"/> (an
/// activity type, a grid task kind, a report category) that happened at <paramref name="OccurredAt"/>,
/// with the facts its source set (<see cref="PointFlags.SevereWeather"/>, <see cref="PointFlags.Duplicate"/>).
/// Night and holiday are not passed in: they follow from <paramref name="OccurredAt"/>.
/// </summary>
public sealed record RuleQuery(SourceKind Kind, string Type, DateTimeOffset OccurredAt, IReadOnlySet<string> Flags);

/// <summary>
/// What the point rules decided for one source: the points, the rule (and rules version) that set
/// them, the cap they count against, the facts that held (<see cref="PointFlags"/>) and, in words,
/// why. <see cref="Points"/> is 0 when nothing earns: no rule covers the source, or the rule gives 0.
/// </summary>
public sealed record RuleOutcome(int Points, AppliedRule Rule, AwardCap? Cap, IReadOnlyList<string> Flags, string Explanation)
{
    /// <summary>The rule id of an outcome no rule produced.</summary>
    public const string NoRuleId = "none";

    /// <summary>True when the source earns points.</summary>
    public bool Earns => Points > 0;

    /// <summary>The outcome when no rule covers the source: it earns nothing, and <paramref name="explanation"/> says why.</summary>
    public static RuleOutcome NoRule(string version, string explanation) => new(0, new AppliedRule(NoRuleId, version), null, [], explanation);
}

/// <summary>The facts a rule may use. Night and holiday follow from when the source happened; the source sets the others.</summary>
public static class PointFlags
{
    /// <summary>No facts: what most sources are evaluated with.</summary>
    public static readonly IReadOnlySet<string> None = System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <summary>The source happened at night, programme time.</summary>
    public const string Night = "night";

    /// <summary>The source happened on a programme holiday.</summary>
    public const string Holiday = "holiday";

    /// <summary>The source happened in severe weather (its verifier says so).</summary>
    public const string SevereWeather = "severeWeather";

    /// <summary>A report that repeats one already made.</summary>
    public const string Duplicate = "duplicate";
}

/// <summary>
/// A point rule written in code, for what the rules file cannot say (a campaign bonus, a partner's
/// programme). Every registered rule (DI, as <c>IPointRule</c>) is consulted in registration order
/// after the rules file, for every evaluation, the live awards and the dry run alike.
/// </summary>
public interface IPointRule
{
    /// <summary>
    /// Returns the outcome to use: <paramref name="outcome"/> itself to leave it, or a changed one
    /// (more or fewer points, another rule or cap, a longer explanation). <paramref name="outcome"/>
    /// may be one that earns nothing (<see cref="RuleOutcome.Earns"/> false): a code rule may give points where the file gives none.
    /// Points are never negative.
    /// </summary>
    RuleOutcome Apply(RuleQuery query, RuleOutcome outcome);
}
