using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Turns an honour's planned rewards into the first event of each reward's stream: granted, or
/// refused with a code. Vouchers and cash are granted while <paramref name="remaining"/> covers
/// them, in index order, and what they draw is returned for the budget's stream.
/// </summary>
internal static class RewardDecision
{
    public static (IReadOnlyList<object> Rewards, IReadOnlyList<RewardBudgetCommitted> Draws) Decide(
        HonourAwarded honour, IReadOnlyList<PlannedReward> planned, int budgetYear, decimal remaining)
    {
        var rewards = new List<object>();
        var draws = new List<RewardBudgetCommitted>();
        foreach (var p in planned)
        {
            var id = RewardIds.Reward(honour.NominationId, p.Index);
            var money = p.Kind is RewardKind.Voucher or RewardKind.Cash;
            int? year = money ? budgetYear : null;
            var refusal = Refusal(honour.Subject, p, money, remaining);
            if (refusal is { } r)
            {
                rewards.Add(new RewardRefused(id, honour.NominationId, p.Index, honour.SchemeId, honour.Period, honour.Subject, honour.SubjectName,
                    p.Kind, p.Amount, p.Description, year, honour.CertificateNumber, r.Code, r.Reason));
                continue;
            }
            if (money)
            {
                remaining -= p.Amount;
                draws.Add(new RewardBudgetCommitted(id, p.Amount));
            }
            rewards.Add(new RewardGranted(id, honour.NominationId, p.Index, honour.SchemeId, honour.Period, honour.Subject, honour.SubjectName,
                p.Kind, p.Amount, p.Description, year, honour.CertificateNumber, $"随荣誉 {honour.CertificateNumber} 授予 (granted with the honour)"));
        }
        return (rewards, draws);
    }

    private static (string Code, string Reason)? Refusal(SubjectRef subject, PlannedReward p, bool money, decimal remaining) => p switch
    {
        { Kind: RewardKind.BonusPoints } when subject.Kind != SubjectKind.Worker =>
            (RewardCodes.NotApplicable, "Bonus points go to a worker's ledger; this honour's subject has none."),
        { Kind: RewardKind.BonusPoints, Amount: var a } when a <= 0 || a != decimal.Truncate(a) || a > int.MaxValue =>
            (RewardCodes.InvalidAmount, $"Bonus points must be a whole positive number, not {a}."),
        { Amount: <= 0 } when money => (RewardCodes.InvalidAmount, $"A {p.Kind} must be worth more than 0 yuan."),
        _ when money && p.Amount > remaining =>
            (RewardCodes.BudgetExhausted, $"The scheme's budget has {remaining} yuan left; this {p.Kind} needs {p.Amount}."),
        _ => null,
    };
}
