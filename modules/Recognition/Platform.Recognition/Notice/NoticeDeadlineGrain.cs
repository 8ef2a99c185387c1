using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Recognition.Notice;

/// <summary>
/// A reminder in the ADO.NET table survives restarts; when it fires the notice is ended on the
/// nomination's stream, where a second firing finds it ended and does nothing, and only then is
/// the reminder removed, so a failed attempt is tried again at the next tick.
/// </summary>
internal sealed class NoticeDeadlineGrain(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NoticeDeadlineGrain> logger)
    : Grain, INoticeDeadlineGrain, IRemindable
{
    private const string ReminderName = "notice-end";

    /// <summary>Orleans' shortest period: a tick that fails to end the notice is retried this often.</summary>
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(1);

    /// <summary>A timer may fire a little before its time; a moment after the end, the notice is surely over.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(500);

    public async Task ScheduleAsync(DateTimeOffset endsAt)
    {
        var due = endsAt - clock.GetUtcNow() + Margin;
        await this.RegisterOrUpdateReminder(ReminderName, due > TimeSpan.Zero ? due : Margin, RetryPeriod);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await using var scope = scopes.CreateAsyncScope();
        var early = await scope.ServiceProvider.GetRequiredService<NoticeEnding>().EndAsync(this.GetPrimaryKey(), CancellationToken.None);
        if (early is { } endsAt)
        {
            logger.LogInformation("Notice of nomination {Nomination} ends at {End}; the reminder is set for then.", this.GetPrimaryKey(), endsAt);
            await ScheduleAsync(endsAt);
            return;
        }
        if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }
}
