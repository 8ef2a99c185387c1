using Platform.DataFiles;
using Platform.Points.Contracts;
using YamlDotNet.RepresentationModel;

namespace Platform.Points.Rules;

/// <summary>A rules file read and checked whole: either the rules, or every error with its line.</summary>
internal sealed record RuleFileResult(RuleSet? Rules, IReadOnlyList<DataFileError> Errors);

/// <summary>
/// Reads a rules file (YAML, see docs/point-rules.md) through YamlDotNet's node model rather than a
/// deserializer: every node knows its line, so each error names where it is, and all are collected.
/// </summary>
internal static class RuleFileParser
{
    /// <summary>What errors name as the file when the rules are not from one (the dry run's proposed rules).</summary>
    public const string NoFile = "(text)";

    public static RuleFileResult Parse(string text, string file = NoFile)
    {
        var reader = new YamlFileReader(file);
        if (reader.Load(text, "A rules file") is not { } root) return new RuleFileResult(null, reader.Errors);
        var rules = ReadFile(root, reader);
        return reader.Errors.Count == 0 && rules is not null ? new RuleFileResult(rules, []) : new RuleFileResult(null, reader.Errors);
    }

    private static RuleSet? ReadFile(YamlNode root, YamlFileReader reader)
    {
        if (reader.Mapping(root, "The file") is not { } map) return null;
        var keys = reader.Keys(map, "The file", [], ["version", "flags", "rules"]);
        string? version = null;
        if (keys.TryGetValue("version", out var versionNode)) version = reader.Text(versionNode, "version");
        else reader.Error(map, "The file has no 'version' (e.g. version: \"2026.1\").");

        NightHours? night = null;
        IReadOnlySet<DateOnly> holidays = new HashSet<DateOnly>();
        if (keys.TryGetValue("flags", out var flagsNode) && reader.Mapping(flagsNode, "flags") is { } flags)
            (night, holidays) = ReadFlags(flags, reader);

        var rules = new List<PointRule>();
        if (!keys.TryGetValue("rules", out var rulesNode)) reader.Error(map, "The file has no 'rules'.");
        else if (reader.Sequence(rulesNode, "rules") is { } list)
        {
            if (list.Children.Count == 0) reader.Error(list, "rules lists at least one rule.");
            foreach (var item in list.Children)
                if (RuleReader.Read(item, reader, night is not null, holidays.Count > 0) is { } rule) rules.Add(rule);
            CheckTogether(rules, reader);
        }
        return version is null ? null : new RuleSet(version, night, holidays, rules);
    }

    private static (NightHours?, IReadOnlySet<DateOnly>) ReadFlags(YamlMappingNode flags, YamlFileReader reader)
    {
        var keys = reader.Keys(flags, "flags", [], [PointFlags.Night, PointFlags.Holiday]);
        NightHours? night = null;
        if (keys.TryGetValue(PointFlags.Night, out var nightNode) && reader.Mapping(nightNode, "night") is { } hours)
        {
            var parts = reader.Keys(hours, "night", [], ["from", "to"]);
            TimeOnly? from = null, to = null;
            if (parts.TryGetValue("from", out var fromNode)) from = reader.Time(fromNode, "night.from");
            else reader.Error(hours, "night has a 'from' time.");
            if (parts.TryGetValue("to", out var toNode)) to = reader.Time(toNode, "night.to");
            else reader.Error(hours, "night has a 'to' time.");
            if (from is { } f && to is { } t)
            {
                if (f == t) reader.Error(hours, "night.from and night.to differ.");
                else night = new NightHours(f, t);
            }
        }
        var holidays = new HashSet<DateOnly>();
        if (keys.TryGetValue(PointFlags.Holiday, out var holidayNode) && reader.Sequence(holidayNode, "holiday") is { } days)
            foreach (var day in days.Children)
                if (reader.Date(day, "a holiday") is { } date) holidays.Add(date);
        return (night, holidays);
    }

    /// <summary>What no single rule shows: ids used twice, and two rules for one source and type at one time.</summary>
    private static void CheckTogether(List<PointRule> rules, YamlFileReader reader)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (later, earlier) = (rules[i], rules[j]);
                if (later.Id == earlier.Id)
                    reader.Error(later.Line, 1, $"rule id '{later.Id}' is used twice (first at line {earlier.Line}).");
                else if (later.Source == earlier.Source && later.Type == earlier.Type && later.Overlaps(earlier))
                    reader.Error(later.Line, 1,
                        $"rule '{later.Id}' overlaps rule '{earlier.Id}' (line {earlier.Line}): both give {later.Source} {later.Type} points at the same time; give them windows that do not overlap.");
            }
        }
    }
}
