using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>Points added to a worker's ledger for one source (the source key is counted once).</summary>
internal sealed record PointsAwarded(
    Guid WorkerId, string SourceKey, SourceKind Kind, Guid SourceId, int Points, string Reason, string Category,
    Guid? EnterpriseId, Guid BranchId, DateTimeOffset OccurredAt);
