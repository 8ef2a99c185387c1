using Microsoft.Extensions.Hosting;
using Platform.Recognition.Schemes.Files;

namespace Platform.Recognition.Schemes;

/// <summary>Reads every scheme as the host starts, before anything else: a bad file stops the host, not the first nomination.</summary>
internal sealed class SchemeCheck(SchemeFiles files) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = files.All;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
