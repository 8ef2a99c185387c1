namespace Platform.Points;

/// <summary>The <c>Points</c> configuration section.</summary>
internal sealed class PointsOptions
{
    public const string Section = "Points";

    /// <summary>The programme's time zone: months, quarters and years begin at its midnight.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
