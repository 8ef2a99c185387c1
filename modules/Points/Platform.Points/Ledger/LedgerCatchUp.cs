using System.Diagnostics;
using Marten;
using Marten.Events;
using Platform.Points.Contracts;
using Platform.Points.Leaderboards;

namespace Platform.Points.Ledger;

/// <summary>
/// Waits for the async daemon's subscriptions and then for the ledger's followers
/// (<see cref="LedgerTail"/>), whose position Marten's own wait does not look at: it waits only for
/// the shards Marten runs. Both within the one timeout. The followers' written position, not only
/// the applied one: after a crash the totals hold only what was written until the tail has handed
/// the rest over again. Then for a fold of the boards that the last page started on this host
/// (<see cref="BoardFold"/>), so what follows starts on a quiet platform.
/// </summary>
internal sealed class LedgerCatchUp(IDocumentStore store, LedgerPages pages, BoardFold fold) : ILedgerCatchUp
{
    public async Task WaitAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        await store.WaitForNonStaleProjectionDataAsync(timeout);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromTicks(Math.Max(0, (timeout - clock.Elapsed).Ticks)));
        try
        {
            await using var connection = await pages.OpenAsync(cancellation.Token);
            var bounds = await pages.BoundsAsync(connection, cancellation.Token);
            var last = bounds.LastSequence;
            while (bounds.Written < last)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellation.Token);
                bounds = await pages.BoundsAsync(connection, cancellation.Token);
            }
            await fold.IdleAsync().WaitAsync(cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"The ledger's followers had not reached the last event within {timeout}.");
        }
    }
}
