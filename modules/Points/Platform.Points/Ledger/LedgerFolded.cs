using Marten;
using Marten.Events;
using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>
/// Waits for the async daemon's subscriptions and then for the ledger's followers
/// (<see cref="LedgerTail"/>), whose position Marten's own wait does not look at: it waits only for
/// the shards Marten runs.
/// </summary>
internal sealed class LedgerFolded(IDocumentStore store, LedgerPages pages) : ILedgerCatchUp
{
    public async Task WaitAsync(TimeSpan timeout)
    {
        await store.WaitForNonStaleProjectionDataAsync(timeout);
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            var last = await pages.LastSequenceAsync(cancellation.Token);
            while ((await pages.BoundsAsync(LedgerTail.PositionName, cancellation.Token)).Position < last)
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"The ledger's followers had not reached the last event within {timeout}.");
        }
    }
}
