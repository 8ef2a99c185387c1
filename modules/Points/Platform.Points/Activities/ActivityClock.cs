namespace Platform.Points.Activities;

/// <summary>
/// "Now" for check-in windows, registration and closing the roll. Its own type, registered with
/// TryAdd, so that a test host can put the activities after their end (register before the start,
/// close after the end) without waiting and without moving every other module's clock.
/// </summary>
internal sealed class ActivityClock(TimeProvider time)
{
    public DateTimeOffset Now() => time.GetUtcNow();
}
