namespace Platform.Recognition.Rewards;

/// <summary>Why a reward was refused (kept on the reward, shown to admins).</summary>
internal static class RewardCodes
{
    /// <summary>The scheme's budget for the year could not cover a voucher or cash.</summary>
    public const string BudgetExhausted = "BUDGET_EXHAUSTED";

    /// <summary>Bonus points for a subject without a ledger (a branch, an enterprise).</summary>
    public const string NotApplicable = "NOT_APPLICABLE";

    /// <summary>A non-positive amount, or bonus points that are not whole.</summary>
    public const string InvalidAmount = "INVALID_AMOUNT";
}
