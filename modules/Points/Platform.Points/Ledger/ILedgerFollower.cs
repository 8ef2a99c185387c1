using JasperFx.Events;
using Marten;

namespace Platform.Points.Ledger;

/// <summary>
/// Something that must see every ledger event after it is committed, at least once, in order. The
/// ledger's one subscription (<c>ledger_rollups</c>) hands each page to every follower, so the
/// daemon reads the ledger once for all of them. A follower must be idempotent: a page is handed
/// over again after a failure.
/// </summary>
internal interface ILedgerFollower
{
    Task FollowAsync(IReadOnlyList<IEvent> ledgerEvents, IDocumentOperations operations, CancellationToken cancellationToken);
}
