using System.Text.RegularExpressions;
using Platform.DataFiles;
using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes.Expressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Recognition.Schemes.Files;

/// <summary>A scheme file read and checked whole: the scheme, or every error with its place.</summary>
/// <param name="IdLine">Where the id is written (duplicate ids are found across files, later).</param>
internal sealed record SchemeFileResult(FileScheme? Scheme, IReadOnlyList<DataFileError> Errors, int IdLine = 0, int IdColumn = 0);

/// <summary>
/// Reads one scheme file (docs/recognition-schemes.md) through YamlDotNet's node model, which knows
/// the line and column of every node, so each mistake is reported where it is and all at once.
/// </summary>
internal static partial class SchemeFileParser
{
    private static readonly string[] Required = ["id", "version", "name", "subject", "period", "eligibility", "nominate", "review", "noticeDays"];
    private static readonly string[] Optional = ["quotas", "rewards", "rewardPolicy"];

    /// <param name="file">The file's path, as errors name it; its name (without .yaml) must be the scheme's id.</param>
    /// <param name="rewardPolicies">Ids of the registered reward policies a scheme may name.</param>
    public static SchemeFileResult Parse(string file, string text, IReadOnlySet<string> rewardPolicies)
    {
        var reader = new YamlFileReader(file);
        if (reader.Load(text, "a scheme file") is not { } root) return new SchemeFileResult(null, reader.Errors);
        var scheme = Read(root, reader, Path.GetFileNameWithoutExtension(file), rewardPolicies);
        var idNode = (root as YamlMappingNode)?.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "id" }).Value ?? root;
        return reader.Errors.Count == 0 && scheme is not null
            ? new SchemeFileResult(scheme, [], checked((int)idNode.Start.Line), checked((int)idNode.Start.Column))
            : new SchemeFileResult(null, reader.Errors);
    }

    private static FileScheme? Read(YamlNode root, YamlFileReader reader, string fileId, IReadOnlySet<string> rewardPolicies)
    {
        if (reader.Mapping(root, "A scheme file") is not { } map) return null;
        var keys = reader.Keys(map, "The scheme", Required, Optional);
        string? id = null;
        if (keys.TryGetValue("id", out var idNode) && (id = reader.Text(idNode, "id")) is not null)
        {
            if (!IdPattern().IsMatch(id)) reader.Error(idNode, $"id '{id}' starts with a capital letter and has up to 64 letters and digits (e.g. PioneerRider).");
            else if (id != fileId) reader.Error(idNode, $"id '{id}' does not match the file name: name the file {id}.yaml.");
        }
        var version = keys.TryGetValue("version", out var versionNode) ? reader.Text(versionNode, "version") : null;
        var name = keys.TryGetValue("name", out var nameNode) ? Name(nameNode, reader, "name") : null;
        var subject = keys.TryGetValue("subject", out var subjectNode) ? reader.Enum<SubjectKind>(subjectNode, "subject") : null;
        var period = keys.TryGetValue("period", out var periodNode) ? reader.Enum<SchemePeriodKind>(periodNode, "period") : null;
        var rules = keys.TryGetValue("eligibility", out var rulesNode) ? Eligibility(rulesNode, reader, subject) : null;
        var nomination = keys.TryGetValue("nominate", out var nominateNode) ? PolicyReaders.Nomination(nominateNode, reader, subject) : null;
        var quotas = keys.TryGetValue("quotas", out var quotasNode) ? PolicyReaders.Quotas(quotasNode, reader) : [];
        var review = keys.TryGetValue("review", out var reviewNode) ? PolicyReaders.Review(reviewNode, reader) : null;
        var noticeDays = keys.TryGetValue("noticeDays", out var noticeNode) ? reader.Integer(noticeNode, "noticeDays", 1, 60) : null;
        var rewards = keys.TryGetValue("rewards", out var rewardsNode) ? PolicyReaders.Rewards(rewardsNode, reader, subject) : [];
        string? policy = null;
        if (keys.TryGetValue("rewardPolicy", out var policyNode) && (policy = reader.Text(policyNode, "rewardPolicy")) is not null && !rewardPolicies.Contains(policy))
            reader.Error(policyNode, rewardPolicies.Count == 0
                ? $"rewardPolicy '{policy}' is not registered (no reward policy is)."
                : $"rewardPolicy '{policy}' is not registered (registered: {string.Join(", ", rewardPolicies.Order(StringComparer.Ordinal))}).");

        if (id is null || version is null || name is null || subject is null || period is null || rules is null
            || nomination is null || quotas is null || review is null || noticeDays is null || rewards is null)
            return null;
        return new FileScheme(id, version, reader.File, name, subject.Value, period.Value, rules, nomination, quotas, review, noticeDays.Value, rewards, policy);
    }

    public static LocalizedName? Name(YamlNode node, YamlFileReader reader, string what)
    {
        if (reader.Mapping(node, what) is not { } map) return null;
        var keys = reader.Keys(map, what, ["zh", "en"], []);
        var zh = keys.TryGetValue("zh", out var zhNode) ? reader.Text(zhNode, $"{what}.zh") : null;
        var en = keys.TryGetValue("en", out var enNode) ? reader.Text(enNode, $"{what}.en") : null;
        return zh is null || en is null ? null : new LocalizedName(zh, en);
    }

    private static List<EligibilityRule>? Eligibility(YamlNode node, YamlFileReader reader, SubjectKind? subject)
    {
        if (reader.Sequence(node, "eligibility") is not { } list) return null;
        var rules = new List<EligibilityRule>();
        foreach (var item in list.Children)
        {
            YamlNode? ruleNode = item;
            string? because = null;
            if (item is YamlMappingNode entry)
            {
                var keys = reader.Keys(entry, "An eligibility rule", ["rule"], ["because"]);
                ruleNode = keys.GetValueOrDefault("rule");
                if (keys.TryGetValue("because", out var becauseNode)) because = reader.Text(becauseNode, "because");
            }
            if (ruleNode is null || reader.Text(ruleNode, "An eligibility rule") is null) continue;
            var text = ((YamlScalarNode)ruleNode).Value!;
            try
            {
                rules.Add(EligibilityRule.Parse(text, because, subject));
            }
            catch (ExpressionException e)
            {
                var (line, column) = Place((YamlScalarNode)ruleNode, e.Column);
                reader.Error(line, column, $"rule '{text.Trim()}', column {e.Column}: {e.Message}");
            }
        }
        return rules;
    }

    /// <summary>Where a column of a rule's text is in the file: exact for plain and quoted one-line rules, else the rule's start.</summary>
    private static (int Line, int Column) Place(YamlScalarNode node, int column)
    {
        var (line, start) = (checked((int)node.Start.Line), checked((int)node.Start.Column));
        return node.Style switch
        {
            ScalarStyle.Plain when node.Start.Line == node.End.Line => (line, start + column - 1),
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when node.Start.Line == node.End.Line => (line, start + column),
            _ => (line, start),
        };
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,63}$")]
    private static partial Regex IdPattern();
}
