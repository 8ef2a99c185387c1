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

    public async Task ScheduleAsync(DateTimeOffset endsAt)
    {
        var due = endsAt - clock.GetUtcNow();
        await this.RegisterOrUpdateReminder(ReminderName, due > TimeSpan.Zero ? due : TimeSpan.FromMilliseconds(1), RetryPeriod);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ended = await scope.ServiceProvider.GetRequiredService<NoticeEnding>().EndAsync(this.GetPrimaryKey(), CancellationToken.None);
        if (!ended)
        {
            logger.LogInformation("Notice of nomination {Nomination} is not over yet; the reminder stays.", this.GetPrimaryKey());
            return;
        }
        if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }
}
