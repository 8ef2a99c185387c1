using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Platform.Recognition.Schemes.Files;

/// <summary>
/// Typed reads of YAML nodes. A wrong node is recorded as an error at its own line and column and
/// read as null, so one pass over a file reports every mistake in it.
/// </summary>
internal sealed class YamlReads(string file)
{
    private readonly List<SchemeFileError> _errors = [];

    public IReadOnlyList<SchemeFileError> Errors => _errors;

    public string File => file;

    public void Error(YamlNode node, string message) => Error(checked((int)node.Start.Line), checked((int)node.Start.Column), message);

    public void Error(int line, int column, string message) => _errors.Add(new SchemeFileError(file, line, column, message));

    /// <summary>The entries by key; unknown or repeated keys are errors, and so is a missing required key.</summary>
    public Dictionary<string, YamlNode> Keys(YamlMappingNode map, string what, string[] required, string[] optional)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        string[] allowed = [.. required, .. optional];
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || !allowed.Contains(key, StringComparer.Ordinal))
                Error(keyNode, $"{what}: unknown key '{(keyNode as YamlScalarNode)?.Value}' (expected: {string.Join(", ", allowed)}).");
            else if (!entries.TryAdd(key, value)) Error(keyNode, $"{what}: '{key}' is given twice.");
        }
        foreach (var key in required.Where(k => !entries.ContainsKey(k)))
            Error(map, $"{what} has no '{key}'.");
        return entries;
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map) return map;
        Error(node, $"{what} is a mapping (key: value).");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode list) return list;
        Error(node, $"{what} is a list ('- ' items or [a, b]).");
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
        if (value >= min && value <= max) return value;
        Error(node, $"{what} is between {min} and {max}, not {value}.");
        return null;
    }

    /// <summary>A decimal number; <paramref name="aboveMin"/> excludes <paramref name="min"/> itself.</summary>
    public decimal? Number(YamlNode node, string what, decimal min, decimal max, bool aboveMin = false)
    {
        if (node is not YamlScalarNode { Value: { } text }
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, $"{what} is a number such as 0.5.");
            return null;
        }
        if ((aboveMin ? value > min : value >= min) && value <= max) return value;
        var range = aboveMin ? $"more than {Show(min)} and at most {Show(max)}" : $"between {Show(min)} and {Show(max)}";
        Error(node, $"{what} is {range}, not {text}.");
        return null;
    }

    public bool? Boolean(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Error(node, $"{what} is true or false.");
        return null;
    }

    /// <summary>One of an enum's values, written as in the file format (camelCase, any case accepted).</summary>
    public TEnum? Enum<TEnum>(YamlNode node, string what, bool camelCase = true)
        where TEnum : struct, Enum
    {
        if (Text(node, what) is not { } text) return null;
        if (System.Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name)
            return System.Enum.Parse<TEnum>(name);
        Error(node, $"{what} '{text}' is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => camelCase ? Camel(n) : n))}.");
        return null;
    }

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
