using System.Globalization;
using Platform.Points.Contracts;

namespace Platform.Points.Rules;

/// <summary>
/// The rules file's answer for one source, given the programme's wall-clock time of it: the rule
/// whose source, type and window cover it; its base points (or duplicate points); its multipliers
/// for the facts that held, multiplied together and rounded half up.
/// </summary>
internal static class RuleEvaluation
{
    public static RuleOutcome Evaluate(RuleSet rules, RuleQuery query, DateTime programmeTime)
    {
        var day = DateOnly.FromDateTime(programmeTime);
        var candidates = rules.Rules.Where(r => r.Source == query.Kind && string.Equals(r.Type, query.Type, StringComparison.OrdinalIgnoreCase)).ToList();
        if (candidates.Count == 0)
            return RuleOutcome.NoRule(rules.Version, $"No rule of rules {rules.Version} gives points for {query.Kind} '{query.Type}': it earns nothing.");
        if (candidates.FirstOrDefault(r => r.Covers(day)) is not { } rule)
            return RuleOutcome.NoRule(rules.Version,
                $"{query.Kind} '{query.Type}' on {Date(day)} is outside every rule's window ({string.Join("; ", candidates.Select(Window))}): it earns nothing.");

        var facts = Facts(rules, query, programmeTime, day);
        var duplicate = facts.Contains(PointFlags.Duplicate) && rule.DuplicatePoints is not null;
        var basePoints = duplicate ? rule.DuplicatePoints!.Value : rule.Points;
        var value = (decimal)basePoints;
        var steps = new List<string>();
        foreach (var flag in RuleCatalog.MultiplierFlags)
        {
            if (!facts.Contains(flag) || !rule.Multipliers.TryGetValue(flag, out var factor)) continue;
            value *= factor;
            steps.Add($" × {factor.ToString(CultureInfo.InvariantCulture)} ({flag})");
        }
        var points = (int)Math.Round(value, MidpointRounding.AwayFromZero);
        var explanation = $"Rule '{rule.Id}' of rules {rules.Version}: {basePoints} points{(duplicate ? " for a duplicate" : "")}"
            + (steps.Count > 0 ? string.Concat(steps) + $" = {points}" : "")
            + (rule.Cap is { } cap ? $"; only the first {cap.Count} per {cap.Per.ToString().ToLowerInvariant()} count ('{cap.Key}')" : "")
            + ".";
        return new RuleOutcome(points, new AppliedRule(rule.Id, rules.Version), rule.Cap?.ToAwardCap(), facts, explanation);
    }

    /// <summary>
    /// The facts that held, in a fixed order: night and holiday from the time, the others as the
    /// source set them. All are kept, also those this rule ignores: a later rule may use them.
    /// </summary>
    private static List<string> Facts(RuleSet rules, RuleQuery query, DateTime programmeTime, DateOnly day)
    {
        var facts = new List<string>();
        if (rules.Night?.Contains(TimeOnly.FromDateTime(programmeTime)) == true) facts.Add(PointFlags.Night);
        if (rules.Holidays.Contains(day)) facts.Add(PointFlags.Holiday);
        facts.AddRange(RuleCatalog.SourceFlags.Where(query.Flags.Contains));
        return facts;
    }

    private static string Window(PointRule rule) =>
        $"'{rule.Id}' {(rule.ValidFrom is { } from ? Date(from) : "…")} to {(rule.ValidTo is { } to ? Date(to) : "…")}";

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
