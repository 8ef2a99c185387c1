using JasperFx.Events;

namespace Platform.Recognition.Rewards;

/// <summary>One change of a budget's amount: who, when, why.</summary>
internal sealed record BudgetChange(decimal Amount, decimal Previous, string? By, DateTimeOffset At, string Reason);

/// <summary>
/// A scheme's yearly budget for vouchers and cash (inline snapshot of its stream). Committed is
/// what granted rewards draw on it, delivered or not; delivered the part already paid out;
/// remaining what a new grant may still draw. Committed never exceeds the amount: grants take a
/// row lock on the stream, so they are checked one after another, whichever host makes them.
/// </summary>
internal sealed record RewardBudget(
    Guid Id, string SchemeId, int Year, decimal Amount, decimal Committed, decimal Delivered, IReadOnlyList<BudgetChange> Changes)
{
    public int Version { get; set; }

    public decimal Remaining => Amount - Committed;

    public static RewardBudget Create(IEvent<RewardBudgetSet> e) =>
        new RewardBudget(RewardIds.Budget(e.Data.SchemeId, e.Data.Year), e.Data.SchemeId, e.Data.Year, 0, 0, 0, []).Apply(e);

    public RewardBudget Apply(IEvent<RewardBudgetSet> e) =>
        this with { Amount = e.Data.Amount, Changes = [.. Changes, new BudgetChange(e.Data.Amount, e.Data.Previous, e.UserName, e.Timestamp, e.Data.Reason)] };

    public RewardBudget Apply(RewardBudgetCommitted e) => this with { Committed = Committed + e.Amount };

    public RewardBudget Apply(RewardBudgetReleased e) => this with { Committed = Committed - e.Amount };

    public RewardBudget Apply(RewardBudgetSpent e) => this with { Delivered = Delivered + e.Amount };
}
