namespace Platform.Points.Contracts;

/// <summary>
/// Waits until everything recorded so far is folded into the branch and enterprise totals and the
/// leaderboards (and the async daemon's other subscriptions have caught up). For the reconcile
/// command, benchmarks and tests; on a host that follows the ledger itself.
/// </summary>
public interface ILedgerCatchUp
{
    /// <summary>Throws <see cref="TimeoutException"/> when the followers have not caught up within <paramref name="timeout"/>.</summary>
    Task WaitAsync(TimeSpan timeout);
}
