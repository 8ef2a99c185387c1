using Marten;
using Platform.Points.Contracts;
using Platform.Recognition.Common;
using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Follows a revoked honour: bonus points are reversed (a compensating ledger entry), rewards not
/// yet delivered are cancelled (a voucher or cash gives its amount back to the budget), delivered
/// ones are marked revoked after delivery (kept as history), and the certificate is marked revoked.
/// All in one transaction under the budget's lock; the ledger reversals follow, and are asked
/// again on every repeat (reversing twice reverses once).
/// </summary>
internal sealed class RewardRevocations(IDocumentStore store, IGrainFactory grains)
{
    private const int Attempts = 5;

    public async Task RevokeAsync(HonourRevoked revoked, string? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var why = $"荣誉已撤销 (honour revoked): {revoked.Reason}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await OnceAsync(revoked.NominationId, why, by, at, cancellationToken);
                break;
            }
            catch (Exception e) when (attempt < Attempts && SaveFailures.IsRace(e))
            {
                // A delivery or a bonus-points mark was saved meanwhile: decide on what is there now.
            }
        }
        await using var query = store.QuerySession();
        var reversed = await query.Query<Reward>()
            .Where(r => r.HonourId == revoked.NominationId && r.Kind == RewardKind.BonusPoints && r.Status == RewardStatus.Reversed)
            .ToListAsync(cancellationToken);
        foreach (var reward in reversed)
            await grains.GetGrain<IWorkerPointsGrain>(reward.SubjectId).ReverseAsync(new ReversalRequest(reward.SourceKey, why, by));
    }

    private async Task OnceAsync(Guid honourId, string why, string? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var session = RewardSessions.Open(store, by, why);
        var rewards = await session.Query<Reward>().Where(r => r.HonourId == honourId).ToListAsync(cancellationToken);
        // Locked before the rewards are read again: a delivery takes the same lock, so what is read next is settled.
        var budget = rewards.FirstOrDefault(r => r.DrawsOnBudget) is { } drawn
            ? await session.Events.FetchForExclusiveWriting<RewardBudget>(RewardIds.Budget(drawn.SchemeId, drawn.BudgetYear!.Value), cancellationToken)
            : null;
        foreach (var reward in rewards)
        {
            var stream = await session.Events.FetchForWriting<Reward>(reward.Id, cancellationToken);
            var now = stream.Aggregate!;
            if (Consequence(now, why) is not { } consequence) continue;
            stream.AppendOne(consequence);
            if (consequence is RewardCancelled && now.DrawsOnBudget) budget!.AppendOne(new RewardBudgetReleased(now.Id, now.Amount, why));
        }
        if (await session.LoadAsync<Certificate>(honourId, cancellationToken) is { Status: CertificateStatus.Valid } certificate)
            session.Update(certificate with { Status = CertificateStatus.Revoked, RevokedAt = at });
        await session.SaveChangesAsync(cancellationToken);
    }

    private static object? Consequence(Reward reward, string why) => reward switch
    {
        { Kind: RewardKind.BonusPoints, Status: RewardStatus.Granted or RewardStatus.Delivered } => new RewardReversed(reward.Id, why),
        { Status: RewardStatus.Granted } => new RewardCancelled(reward.Id, why),
        { Status: RewardStatus.Delivered } => new RewardRevokedAfterDelivery(reward.Id, why),
        _ => null,
    };
}
