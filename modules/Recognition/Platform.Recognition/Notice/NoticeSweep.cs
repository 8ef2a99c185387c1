using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.Notice;

/// <summary>
/// Once the host is up, sets the reminder of every nomination on notice again: a crash between
/// saving the notice and setting its reminder would otherwise leave a notice that never ends.
/// Setting a reminder that exists with the same end changes nothing.
/// </summary>
internal sealed class NoticeSweep(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : BackgroundService
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
        foreach (var nomination in open) await scheduler.AfterAsync(nomination);
    }
}
