using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Testing;

namespace Platform.Points.Tests;

internal static class LedgerWait
{
    /// <summary>Waits for the async daemon and the ledger's followers (totals, boards, overturned reports) to reach the last ledger event.</summary>
    public static Task CaughtUpAsync(this TestPlatform platform) =>
        platform.Services.GetRequiredService<ILedgerCatchUp>().WaitAsync(TimeSpan.FromSeconds(30));
}
