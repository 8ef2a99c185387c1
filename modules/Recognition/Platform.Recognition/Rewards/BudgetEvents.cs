namespace Platform.Recognition.Rewards;

// One stream per scheme and year (id: RewardIds.Budget(scheme, year)). Every grant, release and
// delivery of a voucher or cash is on it, so the budget's history explains every yuan.

/// <summary>The programme office set the budget (raised or lowered it from <paramref name="Previous"/>).</summary>
internal sealed record RewardBudgetSet(string SchemeId, int Year, decimal Amount, decimal Previous, string Reason);

/// <summary>A granted reward drew <paramref name="Amount"/> on the budget.</summary>
internal sealed record RewardBudgetCommitted(Guid RewardId, decimal Amount);

/// <summary>A reward cancelled before delivery gave its amount back.</summary>
internal sealed record RewardBudgetReleased(Guid RewardId, decimal Amount, string Reason);

/// <summary>A reward drawn on the budget was delivered (paid out).</summary>
internal sealed record RewardBudgetSpent(Guid RewardId, decimal Amount);
