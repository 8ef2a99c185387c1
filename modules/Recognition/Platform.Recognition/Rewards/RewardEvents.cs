using Platform.Recognition.Contracts;

namespace Platform.Recognition.Rewards;

// One stream per reward (id: RewardIds.Reward(honour, index)). Who and when are the event's
// metadata (user name, timestamp); why is in the event and in the `reason` header.

/// <summary>
/// A reward that comes with an honour, decided once when the honour is awarded.
/// <paramref name="BudgetYear"/> is the budget a voucher or cash draws on; null for other kinds.
/// </summary>
internal sealed record RewardGranted(
    Guid RewardId, Guid HonourId, int Index, string SchemeId, string Period, SubjectRef Subject, string SubjectName,
    RewardKind Kind, decimal Amount, string Description, int? BudgetYear, string CertificateNumber, string Reason);

/// <summary>A reward that could not be granted (e.g. BUDGET_EXHAUSTED): recorded, so the programme office sees it.</summary>
internal sealed record RewardRefused(
    Guid RewardId, Guid HonourId, int Index, string SchemeId, string Period, SubjectRef Subject, string SubjectName,
    RewardKind Kind, decimal Amount, string Description, int? BudgetYear, string CertificateNumber, string Code, string Reason);

/// <summary>The reward reached its holder: bonus points written to the ledger, or an admin saying so.</summary>
internal sealed record RewardDelivered(Guid RewardId, string Reason);

/// <summary>The honour was revoked before the reward was delivered: it will not be; a budget amount is released.</summary>
internal sealed record RewardCancelled(Guid RewardId, string Reason);

/// <summary>The honour was revoked: the bonus points are taken back by a compensating ledger entry.</summary>
internal sealed record RewardReversed(Guid RewardId, string Reason);

/// <summary>The honour was revoked after the reward was delivered: kept as history, nothing taken back.</summary>
internal sealed record RewardRevokedAfterDelivery(Guid RewardId, string Reason);
