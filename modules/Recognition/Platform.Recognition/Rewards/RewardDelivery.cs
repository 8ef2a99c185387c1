using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Recognition.Common;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Rewards;

/// <summary>
/// An admin marks a granted reward delivered, saying how (handed over at the ceremony, paid to the
/// account on file). A voucher or cash moves from committed to delivered on its budget, under the
/// budget's lock, as a revocation's release does: the two cannot both happen to one reward.
/// </summary>
internal sealed class RewardDelivery(IDocumentSession session, IDocumentStore store)
{
    public async Task<Reward> MarkDeliveredAsync(Actor actor, Guid rewardId, string? reason, CancellationToken cancellationToken)
    {
        var why = ChangeReason.Check(reason);
        var seen = await session.LoadAsync<Reward>(rewardId, cancellationToken) ?? throw PlatformException.NotFound($"No reward has id {rewardId}.");
        if (!RewardAccess.Delivers(actor, seen))
            throw PlatformException.Forbidden("The programme office marks rewards delivered; an enterprise admin its own enterprise's title and skills-rating rewards.");
        if (seen.Kind == RewardKind.BonusPoints)
            throw PlatformException.Conflict("Bonus points are delivered by the points ledger, not by hand.");

        var budget = seen.DrawsOnBudget
            ? await session.Events.FetchForExclusiveWriting<RewardBudget>(RewardIds.Budget(seen.SchemeId, seen.BudgetYear!.Value), cancellationToken)
            : null;
        var stream = await session.Events.FetchForWriting<Reward>(rewardId, cancellationToken);
        var reward = stream.Aggregate!;
        if (reward.Status == RewardStatus.Delivered) return reward;
        if (reward.Status != RewardStatus.Granted)
            throw PlatformException.Conflict($"This reward is {reward.Status}; only a granted reward can be delivered.");

        session.SetHeader("reason", why);
        stream.AppendOne(new RewardDelivered(rewardId, why));
        budget?.AppendOne(new RewardBudgetSpent(rewardId, reward.Amount));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (SaveFailures.IsRace(e))
        {
            throw PlatformException.Conflict("The reward changed at the same moment; look at it again.");
        }
        await using var fresh = store.QuerySession();
        return await fresh.LoadAsync<Reward>(rewardId, cancellationToken)
            ?? throw new InvalidOperationException($"Reward {rewardId} was delivered but cannot be read back.");
    }
}
