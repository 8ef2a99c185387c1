using Marten;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Recognition.Common;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Writes an honour's granted bonus points to the worker's ledger (source key
/// <c>honour:{honourId}:{index}</c>, so the ledger counts them once whatever repeats) and marks
/// them delivered. Should a revocation reverse a reward between the award and the mark, the mark
/// fails on the reward's version, and the award just made is reversed here before looking again.
/// </summary>
internal sealed class BonusPointsDelivery(IDocumentStore store, IOrganizationDirectory directory, IGrainFactory grains)
{
    private const string Written = "积分已记入台账 (written to the points ledger)";
    private const int Attempts = 5;

    public async Task DeliverAsync(Guid honourId, string? by, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await OnceAsync(honourId, by, cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < Attempts && SaveFailures.IsRace(e))
            {
                await using var fresh = store.QuerySession();
                var reversed = await fresh.Query<Reward>()
                    .Where(r => r.HonourId == honourId && r.Kind == RewardKind.BonusPoints && r.Status == RewardStatus.Reversed)
                    .ToListAsync(cancellationToken);
                foreach (var reward in reversed)
                    await grains.GetGrain<IWorkerPointsGrain>(reward.SubjectId).ReverseAsync(new ReversalRequest(reward.SourceKey, reward.History[^1].Reason, by));
            }
        }
    }

    private async Task OnceAsync(Guid honourId, string? by, CancellationToken cancellationToken)
    {
        await using var session = RewardSessions.Open(store, by, Written);
        var waiting = await session.Query<Reward>()
            .Where(r => r.HonourId == honourId && r.Kind == RewardKind.BonusPoints && r.Status == RewardStatus.Granted)
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0) return;
        // The branch and enterprise credited are the worker's when the points are written, as for every source.
        // A worker gone from the registry keeps the reward GRANTED (admins see it undelivered) rather than
        // stalling every other honour's rewards behind it.
        if (await directory.FindWorkerAsync(waiting[0].SubjectId, cancellationToken) is not { } worker) return;
        var ledger = grains.GetGrain<IWorkerPointsGrain>(worker.WorkerId);
        foreach (var reward in waiting)
        {
            await ledger.AwardAsync(Request(reward, worker, by));
            var stream = await session.Events.FetchForWriting<Reward>(reward.Id, cancellationToken);
            if (stream.Aggregate?.Status == RewardStatus.Granted) stream.AppendOne(new RewardDelivered(reward.Id, Written));
            else if (stream.Aggregate is { Status: RewardStatus.Reversed } now)
                await ledger.ReverseAsync(new ReversalRequest(now.SourceKey, now.History[^1].Reason, by));
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    private static AwardRequest Request(Reward reward, WorkerSummary worker, string? by) => new(
        reward.SourceKey, SourceKind.Reward, reward.HonourId, (int)reward.Amount,
        $"荣誉奖励·{reward.Description} (honour {reward.CertificateNumber}, {reward.SchemeId} {reward.Period})", "Honour",
        worker.EnterpriseIds.Count == 1 ? worker.EnterpriseIds[0] : null, worker.BranchId, reward.History[0].At, by);
}
