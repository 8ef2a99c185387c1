using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Rules;

/// <summary>
/// The point rules in force: the host's rules file, then every code rule (<see cref="IPointRule"/>)
/// in registration order. Night and holidays are judged in programme time.
/// </summary>
internal sealed class PointRules(PointRulesFile file, ProgrammeCalendar calendar, IEnumerable<IPointRule> codeRules)
{
    private readonly IReadOnlyList<IPointRule> _codeRules = [.. codeRules];

    public RuleSet Current => file.Rules;

    public RuleOutcome Evaluate(RuleQuery query) => Evaluate(file.Rules, query);

    /// <summary>The outcome under <paramref name="rules"/>, which may be a proposed file (the dry run).</summary>
    public RuleOutcome Evaluate(RuleSet rules, RuleQuery query)
    {
        var outcome = RuleEvaluation.Evaluate(rules, query, calendar.LocalOf(query.OccurredAt));
        foreach (var rule in _codeRules)
        {
            outcome = rule.Apply(query, outcome)
                ?? throw new InvalidOperationException($"Point rule {rule.GetType().Name} gave no outcome.");
            if (outcome.Points < 0) throw new InvalidOperationException($"Point rule {rule.GetType().Name} gave negative points.");
        }
        return outcome;
    }

    /// <summary>The file's rule for a source of this type on this day (its base points are what an activity shows), or null.</summary>
    public PointRule? RuleFor(SourceKind kind, string type, DateTimeOffset occurredAt)
    {
        var day = DateOnly.FromDateTime(calendar.LocalOf(occurredAt));
        return file.Rules.Rules.FirstOrDefault(r => r.Source == kind && string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase) && r.Covers(day));
    }
}
