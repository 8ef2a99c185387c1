using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.Notice;

/// <summary>
/// Once the host is up, sets the reminder of every nomination on notice again: a crash between
/// saving the notice and setting its reminder would otherwise leave a notice that never ends.
/// Setting a reminder that exists with the same end changes nothing.
/// </summary>
internal sealed class NoticeSweep(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<NoticeSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);

        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
        var scheduler = scope.ServiceProvider.GetRequiredService<NoticeScheduler>();
        var open = await session.Query<Nomination>().Where(n => n.Status == NominationStatus.InNotice).ToListAsync(stoppingToken);
        foreach (var nomination in open)
        {
            try
            {
                await scheduler.AfterAsync(nomination);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The reminder set when the notice began still stands; this pass only covers a crash in between.
                logger.LogWarning(e, "Could not set the notice reminder of nomination {Nomination} again.", nomination.Id);
            }
        }
    }
}
