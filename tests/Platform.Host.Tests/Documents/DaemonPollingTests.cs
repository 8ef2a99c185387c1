using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.Host.Tests.Documents;

public sealed class DaemonPollingTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public void A_busy_daemon_looks_for_new_events_once_a_second()
    {
        // Each look hands the ledger's followers a page, and each page costs a grain state write per
        // touched branch and enterprise: the setting must reach the daemon, not only the file.
        var options = (StoreOptions)platform.Services.GetRequiredService<IDocumentStore>().Options;

        Assert.Equal(TimeSpan.FromSeconds(1), options.Projections.FastPollingTime);
    }
}
