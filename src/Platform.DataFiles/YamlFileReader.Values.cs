using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Platform.DataFiles;

public sealed partial class YamlFileReader
{
    /// <summary>The node's text, trimmed; null with an error when it is not text or is blank.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0) return value.Trim();
        Error(node, $"{what} is a non-empty text.");
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; null with an error otherwise.</summary>
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

    /// <summary>
    /// A decimal number from <paramref name="min"/> to <paramref name="max"/>, or above <paramref name="min"/>
    /// when <paramref name="aboveMin"/>; null with an error otherwise.
    /// </summary>
    public decimal? Number(YamlNode node, string what, decimal min, decimal max, bool aboveMin = false)
    {
        if (node is not YamlScalarNode { Value: { } text }
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, $"{what} is a number such as 2 or 0.5.");
            return null;
        }
        if ((aboveMin ? value > min : value >= min) && value <= max) return value;
        var range = aboveMin ? $"more than {Show(min)} and at most {Show(max)}" : $"between {Show(min)} and {Show(max)}";
        Error(node, $"{what} is {range}, not {text}.");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c>, written so; null with an error otherwise.</summary>
    public bool? Boolean(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Error(node, $"{what} is true or false.");
        return null;
    }

    /// <summary>One of <paramref name="names"/>, matched without regard to case; the name as listed, or null with an error listing them.</summary>
    public string? OneOf(YamlNode node, string what, IReadOnlyList<string> names)
    {
        if (Text(node, what) is not { } text) return null;
        var match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (match is null) Error(node, $"{what} '{text}' is not one of: {string.Join(", ", names)}.");
        return match;
    }

    /// <summary>One of an enum's values, matched without regard to case; an error lists them camelCase, or as declared when <paramref name="camelCase"/> is false.</summary>
    public TEnum? Enum<TEnum>(YamlNode node, string what, bool camelCase = true)
        where TEnum : struct, Enum
    {
        var names = System.Enum.GetNames<TEnum>().Select(n => camelCase ? Camel(n) : n).ToList();
        return OneOf(node, what, names) is { } name ? System.Enum.Parse<TEnum>(name, ignoreCase: true) : null;
    }

    /// <summary>A name as data files write it: its first letter lower-case (<c>ScoreAndVote</c> is <c>scoreAndVote</c>).</summary>
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
