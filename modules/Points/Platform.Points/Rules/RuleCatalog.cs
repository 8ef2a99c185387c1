using Platform.Points.Contracts;
using Platform.Points.GridTasks;

namespace Platform.Points.Rules;

/// <summary>What a rule may name: the sources that earn by rule, their types, the flags a multiplier may use, and the limits.</summary>
internal static class RuleCatalog
{
    public const int MinPoints = 1;
    public const int MaxPoints = 1000;

    /// <summary>Multipliers raise points; fewer points are said with a rule of their own (a window, duplicatePoints).</summary>
    public const decimal MinFactor = 1m;
    public const decimal MaxFactor = 5m;

    public const int MaxCapCount = 1000;

    /// <summary>The report categories (有奖举报) the programme rewards; the Reports source uses these names as its categories.</summary>
    public static readonly IReadOnlyList<string> ReportCategories = ["Traffic", "Fire", "FoodSafety", "Drugs", "PublicOrder", "PlatformViolation"];

    public static readonly IReadOnlyDictionary<SourceKind, IReadOnlyList<string>> Types = new Dictionary<SourceKind, IReadOnlyList<string>>
    {
        [SourceKind.Activity] = Enum.GetNames<ActivityType>(),
        [SourceKind.GridTask] = Enum.GetNames<GridTaskKind>(),
        [SourceKind.Report] = ReportCategories,
    };

    /// <summary>Facts a multiplier may name; <see cref="PointFlags.Duplicate"/> is not one: duplicates have their own points.</summary>
    public static readonly IReadOnlyList<string> MultiplierFlags = [PointFlags.Night, PointFlags.Holiday, PointFlags.SevereWeather];

    /// <summary>Facts a source may set itself (night and holiday are computed).</summary>
    public static readonly IReadOnlyList<string> SourceFlags = [PointFlags.SevereWeather, PointFlags.Duplicate];
}
