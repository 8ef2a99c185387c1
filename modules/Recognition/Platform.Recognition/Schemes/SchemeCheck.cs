using Microsoft.Extensions.Hosting;

namespace Platform.Recognition.Schemes;

/// <summary>Reads every scheme as the host starts, before anything else: a bad file stops the host, not the first nomination.</summary>
internal sealed class SchemeCheck(SchemeCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = catalog.All;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
