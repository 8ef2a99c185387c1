namespace Platform.Points.Reports;

/// <summary>The <c>Points:Reports</c> configuration section: points per category, and the duplicate and age rules.</summary>
internal sealed class ReportOptions
{
    public const string Section = "Points:Reports";

    /// <summary>The most one report may earn; a typo in configuration should not mint thousands of points.</summary>
    public const int MaxPoints = 100;

    public CategoryPoints Categories { get; set; } = new();

    /// <summary>What a verified duplicate earns; 0 (the default) means nothing.</summary>
    public int DuplicatePoints { get; set; }

    public double DuplicateDistanceMetres { get; set; } = 200;

    public int DuplicateWindowMinutes { get; set; } = 60;

    /// <summary>How long after it happened something may still be reported.</summary>
    public int MaxAgeDays { get; set; } = 7;

    /// <summary>Every broken rule, in words an operator can act on; empty when the section is sound.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var category in Enum.GetValues<ReportCategory>())
            if (Categories.PointsFor(category) is < 1 or > MaxPoints)
                problems.Add($"{Section}:Categories:{category} is 1 to {MaxPoints}.");
        if (DuplicatePoints is < 0 or > MaxPoints) problems.Add($"{Section}:DuplicatePoints is 0 to {MaxPoints}.");
        if (!(DuplicateDistanceMetres is >= 1 and <= 10_000)) problems.Add($"{Section}:DuplicateDistanceMetres is 1 to 10000.");
        if (DuplicateWindowMinutes is < 1 or > 7 * 24 * 60) problems.Add($"{Section}:DuplicateWindowMinutes is 1 to 10080 (a week).");
        if (MaxAgeDays is < 1 or > 365) problems.Add($"{Section}:MaxAgeDays is 1 to 365.");
        return problems;
    }
}

/// <summary>Points per category (<c>Points:Reports:Categories:{Category}</c>).</summary>
internal sealed class CategoryPoints
{
    public int Traffic { get; set; } = 5;
    public int Fire { get; set; } = 10;
    public int FoodSafety { get; set; } = 8;
    public int Drugs { get; set; } = 15;
    public int PublicOrder { get; set; } = 5;
    public int PlatformViolation { get; set; } = 6;

    public int PointsFor(ReportCategory category) => category switch
    {
        ReportCategory.Traffic => Traffic,
        ReportCategory.Fire => Fire,
        ReportCategory.FoodSafety => FoodSafety,
        ReportCategory.Drugs => Drugs,
        ReportCategory.PublicOrder => PublicOrder,
        ReportCategory.PlatformViolation => PlatformViolation,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown report category."),
    };
}
