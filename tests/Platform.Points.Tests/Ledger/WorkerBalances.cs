using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;
using Platform.Testing;

namespace Platform.Points.Tests.Ledger;

/// <summary>A worker's balance as the platform reads it (<see cref="Balances"/>), for tests that check what a commit wrote.</summary>
internal static class WorkerBalances
{
    public static Task<PointsView> BalanceOfAsync(this TestPlatform platform, Guid worker) =>
        platform.Services.GetRequiredService<Balances>().OfAsync(worker, CancellationToken.None);
}
