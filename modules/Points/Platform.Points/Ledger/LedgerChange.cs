using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>
/// A ledger entry as its followers see it: whose points moved, by how much (negative for a
/// reversal), where they count, and the sequence of the entry's event, the order every follower
/// applies them in. Read from the entries' typed columns (<see cref="LedgerPages"/>).
/// </summary>
internal sealed record LedgerChange(
    long Sequence, Guid WorkerId, SourceKind Kind, Guid SourceId, int Points, string Category,
    Guid BranchId, Guid? EnterpriseId, string Month, bool IsReversal);

/// <summary>
/// Every change committed after <paramref name="Floor"/> up to <paramref name="Ceiling"/>, in
/// sequence order; <paramref name="Full"/> when the page holds as many as a page may, so more may be waiting.
/// </summary>
internal sealed record ChangePage(IReadOnlyList<LedgerChange> Changes, long Floor, long Ceiling, bool Full);
