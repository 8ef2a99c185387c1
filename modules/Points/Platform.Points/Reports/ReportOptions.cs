namespace Platform.Points.Reports;

/// <summary>
/// The <c>Points:Reports</c> configuration section: the duplicate and age rules. What a report
/// earns is not here: the point rules (<c>Points:RulesFile</c>) decide it, duplicates included.
/// </summary>
internal sealed class ReportOptions
{
    public const string Section = "Points:Reports";

    public double DuplicateDistanceMetres { get; set; } = 200;

    public int DuplicateWindowMinutes { get; set; } = 60;

    /// <summary>How long after it happened something may still be reported.</summary>
    public int MaxAgeDays { get; set; } = 7;

    /// <summary>Every broken rule, in words an operator can act on; empty when the section is sound.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(DuplicateDistanceMetres is >= 1 and <= 10_000)) problems.Add($"{Section}:DuplicateDistanceMetres is 1 to 10000.");
        if (DuplicateWindowMinutes is < 1 or > 7 * 24 * 60) problems.Add($"{Section}:DuplicateWindowMinutes is 1 to 10080 (a week).");
        if (MaxAgeDays is < 1 or > 365) problems.Add($"{Section}:MaxAgeDays is 1 to 365.");
        return problems;
    }
}
