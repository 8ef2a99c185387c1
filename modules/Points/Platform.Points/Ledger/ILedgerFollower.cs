namespace Platform.Points.Ledger;

/// <summary>
/// Something that must see every ledger change after it is committed, in sequence order: the
/// leaderboards, the branch and enterprise totals, the overturned reports' late awards.
/// <see cref="LedgerTail"/> hands each page to every follower, so the ledger is read once for all
/// of them, and runs them side by side, then records their position. Whatever a follower does
/// must bear being done again, since a page that fails is handed over again.
/// </summary>
internal interface ILedgerFollower
{
    Task FollowAsync(ChangePage page, CancellationToken cancellationToken);
}
