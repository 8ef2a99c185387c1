using Platform.Recognition.Contracts;

namespace Platform.Recognition.Rewards;

/// <summary>
/// A scheme's budget for a year as the programme office reads it: the amount, what granted rewards
/// draw on it (committed, delivered or not), the part delivered, what is left, how many vouchers
/// or cash were refused for want of budget, and every change of the amount.
/// </summary>
internal sealed record BudgetView(
    string SchemeId, LocalizedName SchemeName, int Year, decimal Amount, decimal Committed, decimal Delivered, int Refused,
    IReadOnlyList<BudgetChange> Changes)
{
    public decimal Remaining => Amount - Committed;
}
