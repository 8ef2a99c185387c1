using JasperFx.Events;
using Marten;
using Platform.Recognition.Common;
using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Grants an honour's rewards, at least once (the rewards subscription hands it every
/// <see cref="HonourAwarded"/>, maybe more than once) and at most once in effect: the honour's
/// rewards and certificate are decided in one transaction that inserts the certificate (keyed by
/// the honour) and starts every reward's stream (keyed by honour and index), so a second decision,
/// on any host, fails as a whole and changes nothing. Vouchers and cash draw on the budget under
/// its row lock. Bonus points then go to the worker's ledger (<see cref="BonusPointsDelivery"/>).
/// </summary>
internal sealed class RewardGrants(IDocumentStore store, RewardPlan plan, BonusPointsDelivery points, RewardRevocations revocations)
{
    private const int Attempts = 5;

    public async Task GrantAsync(HonourAwarded honour, string? by, CancellationToken cancellationToken)
    {
        IReadOnlyList<IEvent> history;
        await using (var query = store.QuerySession())
            history = await query.Events.FetchStreamAsync(honour.NominationId, token: cancellationToken);
        var facts = history.Select(e => e.Data).OfType<EligibilityChecked>().LastOrDefault()?.Facts;

        await DecideAsync(honour, facts, by, cancellationToken);
        await points.DeliverAsync(honour.NominationId, by, cancellationToken);
        // Events taken out of order (a grant asked for after the revocation was followed): the revocation still wins.
        if (history.LastOrDefault(e => e.Data is HonourRevoked) is { Data: HonourRevoked revoked } e)
            await revocations.RevokeAsync(revoked, e.UserName, e.Timestamp, cancellationToken);
    }

    private async Task DecideAsync(HonourAwarded honour, SubjectFacts? facts, string? by, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = RewardSessions.Open(store, by, $"honour {honour.CertificateNumber} awarded");
            if (await session.LoadAsync<Certificate>(honour.NominationId, cancellationToken) is not null) return;

            var planned = plan.For(honour, facts);
            var year = plan.BudgetYear(honour);
            var budget = planned.Any(p => p.Kind is RewardKind.Voucher or RewardKind.Cash)
                ? await session.Events.FetchForExclusiveWriting<RewardBudget>(RewardIds.Budget(honour.SchemeId, year), cancellationToken)
                : null;
            var (rewards, draws) = RewardDecision.Decide(honour, planned, year, budget?.Aggregate?.Remaining ?? 0);

            session.Insert(new Certificate(honour.NominationId, honour.CertificateNumber, honour.SchemeId, plan.SchemeName(honour.SchemeId),
                honour.Subject, honour.SubjectName, honour.Period, honour.AwardedAt, CertificateStatus.Valid, null));
            foreach (var reward in rewards) session.Events.StartStream<Reward>(RewardOf(reward), reward);
            if (draws.Count > 0) budget!.AppendMany(draws);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < Attempts && SaveFailures.IsRace(e))
            {
                // Another decision of the same honour, or a budget created meanwhile: look again.
            }
        }
    }

    private static Guid RewardOf(object reward) => reward switch
    {
        RewardGranted g => g.RewardId,
        RewardRefused r => r.RewardId,
        _ => throw new ArgumentException($"Not the first event of a reward: {reward.GetType().Name}", nameof(reward)),
    };
}
