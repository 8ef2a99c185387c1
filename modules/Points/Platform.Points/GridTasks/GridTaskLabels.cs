namespace Platform.Points.GridTasks;

/// <summary>The programme's own words for each kind, shown to workers in their points history.</summary>
internal static class GridTaskLabels
{
    public static string Chinese(GridTaskKind kind) => kind switch
    {
        GridTaskKind.Patrol => "巡查",
        GridTaskKind.HazardCheck => "隐患排查",
        GridTaskKind.ResidentHelp => "帮扶",
        _ => kind.ToString(),
    };
}
