namespace Platform.Points.GridTasks;

/// <summary>The <c>Points:GridTasks</c> configuration section: points an accepted task earns, per kind.</summary>
internal sealed class GridTaskOptions
{
    public const string Section = "Points:GridTasks";

    /// <summary>The most one task may earn; a typo in configuration should not mint thousands of points.</summary>
    public const int MaxPoints = 100;

    public int Patrol { get; set; } = 5;
    public int HazardCheck { get; set; } = 8;
    public int ResidentHelp { get; set; } = 6;

    public int PointsFor(GridTaskKind kind) => kind switch
    {
        GridTaskKind.Patrol => Patrol,
        GridTaskKind.HazardCheck => HazardCheck,
        GridTaskKind.ResidentHelp => ResidentHelp,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown grid task kind."),
    };

    public bool IsValid() => Enum.GetValues<GridTaskKind>().All(k => PointsFor(k) is >= 1 and <= MaxPoints);
}
