using System.Text.RegularExpressions;
using Platform.Points.Contracts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Points.Rules;

/// <summary>A rules file read and checked whole: either the rules, or every error with its line.</summary>
internal sealed record RuleFileResult(RuleSet? Rules, IReadOnlyList<RuleFileError> Errors);

/// <summary>
/// Reads a rules file (YAML, see docs/point-rules.md) through YamlDotNet's node model rather than a
/// deserializer: every node knows its line, so each error names where it is, and all are collected.
/// </summary>
internal static partial class RuleFileParser
{
    public static RuleFileResult Parse(string text)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = YamlPrefix().Replace(e.Message, "");
            return new RuleFileResult(null, [new RuleFileError(checked((int)e.Start.Line), checked((int)e.Start.Column), $"not valid YAML: {message}")]);
        }
        var nodes = new YamlNodes();
        if (yaml.Documents.Count != 1)
        {
            nodes.Error(1, 1, "A rules file is one YAML document.");
            return new RuleFileResult(null, nodes.Errors);
        }
        var rules = ReadFile(yaml.Documents[0].RootNode, nodes);
        return nodes.Errors.Count == 0 && rules is not null ? new RuleFileResult(rules, []) : new RuleFileResult(null, [.. nodes.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
    }

    private static RuleSet? ReadFile(YamlNode root, YamlNodes nodes)
    {
        if (nodes.Mapping(root, "The file") is not { } map) return null;
        var keys = nodes.Keys(map, "The file", "version", "flags", "rules");
        string? version = null;
        if (keys.TryGetValue("version", out var versionNode)) version = nodes.Text(versionNode, "version");
        else nodes.Error(map, "The file has no 'version' (e.g. version: \"2026.1\").");

        NightHours? night = null;
        IReadOnlySet<DateOnly> holidays = new HashSet<DateOnly>();
        if (keys.TryGetValue("flags", out var flagsNode) && nodes.Mapping(flagsNode, "flags") is { } flags)
            (night, holidays) = ReadFlags(flags, nodes);

        var rules = new List<PointRule>();
        if (!keys.TryGetValue("rules", out var rulesNode)) nodes.Error(map, "The file has no 'rules'.");
        else if (nodes.Sequence(rulesNode, "rules") is { } list)
        {
            if (list.Children.Count == 0) nodes.Error(list, "rules lists at least one rule.");
            foreach (var item in list.Children)
                if (RuleReader.Read(item, nodes, night is not null, holidays.Count > 0) is { } rule) rules.Add(rule);
            CheckTogether(rules, nodes);
        }
        return version is null ? null : new RuleSet(version, night, holidays, rules);
    }

    private static (NightHours?, IReadOnlySet<DateOnly>) ReadFlags(YamlMappingNode flags, YamlNodes nodes)
    {
        var keys = nodes.Keys(flags, "flags", PointFlags.Night, PointFlags.Holiday);
        NightHours? night = null;
        if (keys.TryGetValue(PointFlags.Night, out var nightNode) && nodes.Mapping(nightNode, "night") is { } hours)
        {
            var parts = nodes.Keys(hours, "night", "from", "to");
            TimeOnly? from = null, to = null;
            if (parts.TryGetValue("from", out var fromNode)) from = nodes.Time(fromNode, "night.from");
            else nodes.Error(hours, "night has a 'from' time.");
            if (parts.TryGetValue("to", out var toNode)) to = nodes.Time(toNode, "night.to");
            else nodes.Error(hours, "night has a 'to' time.");
            if (from is { } f && to is { } t)
            {
                if (f == t) nodes.Error(hours, "night.from and night.to differ.");
                else night = new NightHours(f, t);
            }
        }
        var holidays = new HashSet<DateOnly>();
        if (keys.TryGetValue(PointFlags.Holiday, out var holidayNode) && nodes.Sequence(holidayNode, "holiday") is { } days)
            foreach (var day in days.Children)
                if (nodes.Date(day, "a holiday") is { } date) holidays.Add(date);
        return (night, holidays);
    }

    /// <summary>What no single rule shows: ids used twice, and two rules for one source and type at one time.</summary>
    private static void CheckTogether(List<PointRule> rules, YamlNodes nodes)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (later, earlier) = (rules[i], rules[j]);
                if (later.Id == earlier.Id)
                    nodes.Error(later.Line, 1, $"rule id '{later.Id}' is used twice (first at line {earlier.Line}).");
                else if (later.Source == earlier.Source && later.Type == earlier.Type && later.Overlaps(earlier))
                    nodes.Error(later.Line, 1,
                        $"rule '{later.Id}' overlaps rule '{earlier.Id}' (line {earlier.Line}): both give {later.Source} {later.Type} points at the same time; give them windows that do not overlap.");
            }
        }
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex YamlPrefix();
}
