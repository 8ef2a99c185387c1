namespace Platform.Recognition.Notice;

/// <summary>The end of one nomination's public notice (key: the nomination id), kept as an Orleans reminder.</summary>
[Alias("recognition.INoticeDeadlineGrain")]
internal interface INoticeDeadlineGrain : IGrainWithGuidKey
{
    /// <summary>Sets the reminder for the end (again: the same end changes nothing).</summary>
    [Alias("Schedule")]
    Task ScheduleAsync(DateTimeOffset endsAt);
}
