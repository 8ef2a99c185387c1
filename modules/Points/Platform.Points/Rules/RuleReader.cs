using System.Text.RegularExpressions;
using Platform.DataFiles;
using Platform.Points.Contracts;
using YamlDotNet.RepresentationModel;

namespace Platform.Points.Rules;

/// <summary>One rule of the file, each key checked; null when anything is wrong with it (the errors say what).</summary>
internal static partial class RuleReader
{
    private static readonly string[] Keys =
        ["id", "description", "source", "type", "category", "points", "duplicatePoints", "multipliers", "cap", "validFrom", "validTo"];

    private static readonly IReadOnlyList<string> Sources = [.. RuleCatalog.Types.Keys.Select(k => k.ToString())];

    public static PointRule? Read(YamlNode node, YamlFileReader reader, bool nightDefined, bool holidaysDefined)
    {
        if (reader.Mapping(node, "A rule") is not { } map) return null;
        var before = reader.Errors.Count;
        var keys = reader.Keys(map, "A rule", [], Keys);
        var line = checked((int)map.Start.Line);

        string? id = null;
        if (!keys.TryGetValue("id", out var idNode)) reader.Error(map, "A rule has an 'id'.");
        else if ((id = reader.Text(idNode, "id")) is not null && !IdPattern().IsMatch(id))
            reader.Error(idNode, $"id '{id}' has 1 to 64 lower-case letters, digits, '-', '_' or '.'.");
        var what = id is null ? "rule" : $"rule '{id}'";

        if (keys.TryGetValue("description", out var descriptionNode)) reader.Text(descriptionNode, $"{what}: description");

        SourceKind? source = null;
        if (!keys.TryGetValue("source", out var sourceNode)) reader.Error(map, $"{what} has a 'source' ({string.Join(", ", Sources)}).");
        else if (reader.OneOf(sourceNode, $"{what}: source", Sources) is { } name) source = Enum.Parse<SourceKind>(name);

        var type = ReadType(map, keys, reader, what, source);
        int? points = null;
        if (!keys.TryGetValue("points", out var pointsNode)) reader.Error(map, $"{what} has 'points'.");
        else points = reader.Integer(pointsNode, $"{what}: points", RuleCatalog.MinPoints, RuleCatalog.MaxPoints);
        int? duplicatePoints = null;
        if (keys.TryGetValue("duplicatePoints", out var duplicateNode))
            duplicatePoints = reader.Integer(duplicateNode, $"{what}: duplicatePoints", 0, RuleCatalog.MaxPoints);

        var multipliers = keys.TryGetValue("multipliers", out var multipliersNode)
            ? ReadMultipliers(multipliersNode, reader, what, nightDefined, holidaysDefined)
            : new Dictionary<string, decimal>();
        RuleCap? cap = null;
        if (keys.TryGetValue("cap", out var capNode)) cap = ReadCap(capNode, reader, what, id);

        DateOnly? validFrom = null, validTo = null;
        if (keys.TryGetValue("validFrom", out var fromNode)) validFrom = reader.Date(fromNode, $"{what}: validFrom");
        if (keys.TryGetValue("validTo", out var toNode)) validTo = reader.Date(toNode, $"{what}: validTo");
        if (validFrom > validTo) reader.Error(toNode!, $"{what}: validTo is on or after validFrom.");

        if (reader.Errors.Count > before || id is null || source is null || type is null || points is null) return null;
        return new PointRule(id, source.Value, type, points.Value, duplicatePoints, multipliers, cap, validFrom, validTo, line);
    }

    /// <summary>"type" and "category" are one key in two words: activity types and grid task kinds, report categories.</summary>
    private static string? ReadType(YamlMappingNode map, Dictionary<string, YamlNode> keys, YamlFileReader reader, string what, SourceKind? source)
    {
        keys.TryGetValue("type", out var typeNode);
        keys.TryGetValue("category", out var categoryNode);
        if (typeNode is not null && categoryNode is not null)
        {
            reader.Error(categoryNode, $"{what} has either 'type' or 'category', not both.");
            return null;
        }
        var node = typeNode ?? categoryNode;
        if (node is null)
        {
            reader.Error(map, $"{what} has a 'type' (activity type, grid task kind) or 'category' (report category).");
            return null;
        }
        return source is { } kind ? reader.OneOf(node, $"{what}: {kind} type", RuleCatalog.Types[kind]) : reader.Text(node, $"{what}: type");
    }

    private static Dictionary<string, decimal> ReadMultipliers(YamlNode node, YamlFileReader reader, string what, bool nightDefined, bool holidaysDefined)
    {
        var factors = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (reader.Mapping(node, $"{what}: multipliers") is not { } map) return factors;
        foreach (var (flag, value) in reader.Keys(map, $"{what}: multipliers", [], RuleCatalog.MultiplierFlags))
        {
            if (flag == PointFlags.Night && !nightDefined) reader.Error(value, $"{what}: a night multiplier needs flags.night (the hours).");
            if (flag == PointFlags.Holiday && !holidaysDefined) reader.Error(value, $"{what}: a holiday multiplier needs flags.holiday (the dates).");
            if (reader.Number(value, $"{what}: multipliers.{flag}", RuleCatalog.MinFactor, RuleCatalog.MaxFactor) is { } factor) factors[flag] = factor;
        }
        return factors;
    }

    private static RuleCap? ReadCap(YamlNode node, YamlFileReader reader, string what, string? id)
    {
        if (reader.Mapping(node, $"{what}: cap") is not { } map) return null;
        var keys = reader.Keys(map, $"{what}: cap", [], ["count", "per", "group"]);
        int? count = null;
        CapPeriod? per = null;
        var key = id;
        if (!keys.TryGetValue("count", out var countNode)) reader.Error(map, $"{what}: cap has a 'count'.");
        else count = reader.Integer(countNode, $"{what}: cap.count", 1, RuleCatalog.MaxCapCount);
        if (!keys.TryGetValue("per", out var perNode)) reader.Error(map, $"{what}: cap has 'per' (day, week or month).");
        else if (reader.OneOf(perNode, $"{what}: cap.per", ["day", "week", "month"]) is { } period) per = Enum.Parse<CapPeriod>(period, ignoreCase: true);
        if (keys.TryGetValue("group", out var groupNode) && (key = reader.Text(groupNode, $"{what}: cap.group")) is { } group && !IdPattern().IsMatch(group))
            reader.Error(groupNode, $"{what}: cap.group '{group}' has 1 to 64 lower-case letters, digits, '-', '_' or '.'.");
        return count is { } c && per is { } p && key is not null ? new RuleCap(key, c, p) : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();
}
