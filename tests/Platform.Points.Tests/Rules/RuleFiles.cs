using Microsoft.Extensions.Options;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Points.Rules;

namespace Platform.Points.Tests.Rules;

/// <summary>Rules files for tests, read as the host reads them, and evaluated in the programme time zone (Asia/Shanghai).</summary>
internal static class RuleFiles
{
    public static readonly ProgrammeCalendar Calendar = new(Options.Create(new PointsOptions()), TimeProvider.System);

    public static string Shipped => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "points.yaml"));

    public static RuleSet Parse(string yaml)
    {
        var result = RuleFileParser.Parse(yaml);
        return result.Rules ?? throw new InvalidOperationException($"The test's rules file is not valid: {string.Join("; ", result.Errors)}");
    }

    public static RuleOutcome Evaluate(this RuleSet rules, SourceKind kind, string type, DateTimeOffset at, params string[] flags) =>
        RuleEvaluation.Evaluate(rules, new RuleQuery(kind, type, at, flags.ToHashSet()), Calendar.LocalOf(at));

    /// <summary>A file in the temp folder, for a host to read; the caller deletes it.</summary>
    public static string Write(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jufeng-rules-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
