namespace Platform.Recognition.Notice;

/// <summary>The <c>Recognition:Notice</c> configuration section.</summary>
internal sealed class NoticeOptions
{
    public const string Section = "Recognition:Notice";

    /// <summary>
    /// How long one day of a scheme's noticeDays lasts. A day, except in demonstrations and tests,
    /// which shorten it to watch a notice end.
    /// </summary>
    public TimeSpan DayLength { get; set; } = TimeSpan.FromDays(1);
}
