using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;
using Platform.Recognition.Rewards;

namespace Platform.Recognition.Tests.Rewards;

/// <summary>
/// The decision rule for any plan and any budget left (a seeded generator, so a failure repeats):
/// what is drawn never exceeds what is left, every reward gets exactly one first event, and a
/// voucher or cash is refused only when what is left at its turn cannot cover it.
/// </summary>
public sealed class RewardDecisionProperties
{
    private static readonly RewardKind[] Kinds = Enum.GetValues<RewardKind>();

    [Fact]
    public void Draws_never_exceed_the_budget_left_and_refusals_are_exactly_the_uncovered()
    {
        var random = new Random(20260501);
        for (var run = 0; run < 2000; run++)
        {
            var subject = new SubjectRef(random.Next(3) == 0 ? SubjectKind.Enterprise : SubjectKind.Worker, Guid.NewGuid());
            var honour = new HonourAwarded(Guid.NewGuid(), "S", "2026", subject, "名", "JF-1", DateTimeOffset.UnixEpoch);
            var planned = Enumerable.Range(0, random.Next(0, 8))
                .Select(i => new PlannedReward(i, Kinds[random.Next(Kinds.Length)], random.Next(-1, 6) * 50m, "d")).ToList();
            var left = random.Next(0, 8) * 50m;

            var (rewards, draws) = RewardDecision.Decide(honour, planned, 2026, left);

            Assert.Equal(planned.Count, rewards.Count);
            Assert.True(draws.Sum(d => d.Amount) <= left);
            var remaining = left;
            foreach (var (plan, reward) in planned.Zip(rewards))
            {
                var money = plan.Kind is RewardKind.Voucher or RewardKind.Cash;
                var covered = !money || (plan.Amount > 0 && plan.Amount <= remaining);
                if (money && covered) remaining -= plan.Amount;
                var refusedForBudget = reward is RewardRefused { Code: RewardCodes.BudgetExhausted };
                Assert.Equal(money && plan.Amount > 0 && !covered, refusedForBudget);
                Assert.Equal(reward is RewardGranted && money, draws.Any(d => d.RewardId == RewardIds.Reward(honour.NominationId, plan.Index)));
            }
        }
    }
}
