using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Platform.Points.Rules;

/// <summary>
/// Typed reads of YAML nodes that record an error at the node's own line instead of throwing, so a
/// file is checked whole and every mistake is reported at once.
/// </summary>
internal sealed class YamlNodes
{
    private readonly List<RuleFileError> _errors = [];

    public IReadOnlyList<RuleFileError> Errors => _errors;

    public void Error(YamlNode node, string message) =>
        _errors.Add(new RuleFileError(checked((int)node.Start.Line), checked((int)node.Start.Column), message));

    public void Error(int line, int column, string message) => _errors.Add(new RuleFileError(line, column, message));

    /// <summary>The mapping's entries by key; unknown keys and keys that are not plain text are errors.</summary>
    public Dictionary<string, YamlNode> Keys(YamlMappingNode map, string what, params string[] allowed)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Error(keyNode, $"{what}: a key is plain text.");
                continue;
            }
            if (!allowed.Contains(key, StringComparer.Ordinal))
                Error(keyNode, $"{what}: unknown key '{key}' (expected one of: {string.Join(", ", allowed)}).");
            else entries[key] = value;
        }
        return entries;
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map) return map;
        Error(node, $"{what} is a mapping (key: value lines).");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode list) return list;
        Error(node, $"{what} is a list ('- ' items).");
        return null;
    }

    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0) return value.Trim();
        Error(node, $"{what} is a non-empty text.");
        return null;
    }

    public int? Integer(YamlNode node, string what, int min, int max)
    {
        if (node is not YamlScalarNode { Value: { } text } || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, $"{what} is a whole number.");
            return null;
        }
        if (value < min || value > max)
        {
            Error(node, $"{what} is between {min} and {max}, not {value}.");
            return null;
        }
        return value;
    }

    public decimal? Factor(YamlNode node, string what, decimal min, decimal max)
    {
        if (node is not YamlScalarNode { Value: { } text }
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, $"{what} is a number such as 1.5.");
            return null;
        }
        if (value < min || value > max)
        {
            Error(node, $"{what} is between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, not {text}.");
            return null;
        }
        return value;
    }

    public DateOnly? Date(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        Error(node, $"{what} is a date written yyyy-MM-dd.");
        return null;
    }

    public TimeOnly? Time(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text }
            && TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        Error(node, $"{what} is a time of day written HH:mm (quote it: \"22:00\").");
        return null;
    }

    /// <summary>One of <paramref name="names"/>, matched without regard to case; the canonical name is returned.</summary>
    public string? OneOf(YamlNode node, string what, IReadOnlyList<string> names)
    {
        var text = Text(node, what);
        if (text is null) return null;
        var match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (match is null) Error(node, $"{what} '{text}' is not one of: {string.Join(", ", names)}.");
        return match;
    }
}
