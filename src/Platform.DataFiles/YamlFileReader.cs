using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.DataFiles;

/// <summary>
/// Reads a YAML data file through YamlDotNet's node model, which knows the line and column of every
/// node. A read that finds the wrong thing records an error at that node and gives null instead of
/// throwing, so one pass over a file reports every mistake in it.
/// </summary>
/// <remarks>
/// Each read takes <c>what</c>, the name of the value as the file's writer knows it (e.g.
/// <c>review.quorum</c>); error messages start with it.
/// </remarks>
public sealed partial class YamlFileReader
{
    private readonly List<DataFileError> _errors = [];

    /// <summary>A reader for one file.</summary>
    /// <param name="file">The file's path, or a name for text that came from elsewhere; every error carries it.</param>
    public YamlFileReader(string file) => File = file;

    /// <summary>The file's path or name, as the errors carry it.</summary>
    public string File { get; }

    /// <summary>The errors recorded so far, in the order of their places in the file (line, then column).</summary>
    public IReadOnlyList<DataFileError> Errors => [.. _errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];

    /// <summary>Records an error at the start of <paramref name="node"/>.</summary>
    public void Error(YamlNode node, string message) => Error(checked((int)node.Start.Line), checked((int)node.Start.Column), message);

    /// <summary>Records an error at a place the caller worked out (1-based; 0, 0 for the whole file).</summary>
    public void Error(int line, int column, string message) => _errors.Add(new DataFileError(File, line, column, message));

    /// <summary>
    /// The root node of <paramref name="text"/>, which must be valid YAML and exactly one document;
    /// otherwise null, with the error recorded.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="what">The kind of file, starting the error when there is not one document (e.g. "A rules file").</param>
    public YamlNode? Load(string text, string what)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Error(checked((int)e.Start.Line), checked((int)e.Start.Column), $"not valid YAML: {PlacePrefix().Replace(e.Message, "")}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way, without a place, on some unclosed [ or {.
            Error(1, 1, "not valid YAML: a [ or { is not closed, or the file ends inside one.");
            return null;
        }
        if (yaml.Documents.Count == 1) return yaml.Documents[0].RootNode;
        Error(1, 1, $"{what} is one YAML document.");
        return null;
    }

    /// <summary>The node as a mapping, or null with an error.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map) return map;
        Error(node, $"{what} is a mapping (key: value).");
        return null;
    }

    /// <summary>The node as a list, or null with an error.</summary>
    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode list) return list;
        Error(node, $"{what} is a list ('- ' items or [a, b]).");
        return null;
    }

    /// <summary>
    /// The mapping's values by key. A key that is not plain text or not in <paramref name="required"/>
    /// or <paramref name="optional"/> is an error at the key; a missing required key is an error at the mapping.
    /// </summary>
    public Dictionary<string, YamlNode> Keys(YamlMappingNode map, string what, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        string[] allowed = [.. required, .. optional];
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) Error(keyNode, $"{what}: a key is plain text.");
            else if (!allowed.Contains(key, StringComparer.Ordinal))
                Error(keyNode, $"{what}: unknown key '{key}' (expected one of: {string.Join(", ", allowed)}).");
            else if (!entries.TryAdd(key, value)) Error(keyNode, $"{what}: '{key}' is given twice.");
        }
        foreach (var key in required.Where(k => !entries.ContainsKey(k)))
            Error(map, $"{what} has no '{key}'.");
        return entries;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PlacePrefix();
}
