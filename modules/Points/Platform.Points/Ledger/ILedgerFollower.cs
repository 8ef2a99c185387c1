namespace Platform.Points.Ledger;

/// <summary>
/// Something that must see every ledger change after it is committed, in sequence order: the
/// leaderboards, the branch and enterprise totals, the overturned reports' late awards.
/// <see cref="LedgerTail"/> hands each page to every follower, so the ledger is read once for all
/// of them, and runs them side by side, then records their position. Whatever a follower does
/// must bear being done again, since a page that fails is handed over again, and so is every page
/// after the last <see cref="WriteAsync"/> when a host stops without one.
/// </summary>
internal interface ILedgerFollower
{
    Task FollowAsync(ChangePage page, CancellationToken cancellationToken);

    /// <summary>
    /// Makes durable what the pages so far were applied to only in memory; the tail then records
    /// that it need not hand them over again. A follower that writes as it goes has nothing to do.
    /// </summary>
    Task WriteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
