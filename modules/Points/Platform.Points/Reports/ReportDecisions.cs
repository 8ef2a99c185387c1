using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Storage;

namespace Platform.Points.Reports;

/// <summary>
/// A verifier of the report's community (or the programme office) triages, verifies, rejects, or
/// later overturns a verification. Each decision is saved first and its points follow: were the
/// award to come first, a rejection racing it could leave points for a rejected report. An award or
/// reversal lost in between is made by a repeat of the decision (it always calls the worker's grain
/// again) or, without one, by the award backstop subscription; the source key makes it count once.
/// </summary>
internal sealed class ReportDecisions(
    IDocumentSession session, IDocumentStore store, IOrganizationDirectory directory, IGrainFactory grains, ReportPoints points)
{
    private static readonly ReportStatus[] Open = [ReportStatus.Submitted, ReportStatus.InReview];

    public Task<Report> TriageAsync(Actor actor, Guid id, string? note, CancellationToken cancellationToken)
    {
        var why = ReportInput.Why(note, "note");
        return DecideAsync(actor, id, ReportStatus.InReview, [ReportStatus.Submitted], r => new ReportTriaged(r.Id, why), why, cancellationToken);
    }

    public async Task<Report> VerifyAsync(Actor actor, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var why = ReportInput.Why(reason, "reason");
        var report = await DecideAsync(actor, id, ReportStatus.Verified, Open, r =>
        {
            var earned = points.For(r);
            return new ReportVerified(r.Id, earned.Points, earned.Flags, why, earned.Rule, earned.Cap);
        }, why, cancellationToken);
        var worker = await directory.FindWorkerAsync(report.WorkerId, cancellationToken)
            ?? throw new InvalidOperationException($"Report {report.Id} belongs to worker {report.WorkerId}, who is not in the registry.");
        // What the ledger recorded (fewer points past a cap) is read from the ledger, not copied here.
        if (ReportAward.For(report, worker) is { } request) await grains.GetGrain<IWorkerPointsGrain>(report.WorkerId).AwardAsync(request);
        return report;
    }

    public Task<Report> RejectAsync(Actor actor, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var why = ReportInput.Why(reason, "reason");
        return DecideAsync(actor, id, ReportStatus.Rejected, Open, r => new ReportRejected(r.Id, why), why, cancellationToken);
    }

    public async Task<Report> OverturnAsync(Actor actor, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var why = ReportInput.Why(reason, "reason");
        var report = await DecideAsync(actor, id, ReportStatus.Overturned, [ReportStatus.Verified],
            r => new ReportVerificationOverturned(r.Id, why), why, cancellationToken);
        await grains.GetGrain<IWorkerPointsGrain>(report.WorkerId).ReverseAsync(ReportAward.Reversal(report));
        return report;
    }

    private async Task<Report> DecideAsync(
        Actor actor, Guid id, ReportStatus to, ReportStatus[] from, Func<Report, object> decision, string why, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Report>(id, cancellationToken);
        var report = stream.Aggregate ?? throw PlatformException.NotFound($"No report has id {id}.");
        if (!ReportAccess.Decides(actor, report.CommunityId))
            throw PlatformException.Forbidden("Only a verifier of the report's community, or the programme office, decides on it.");
        if (Settled(report, to, from) is { } settled) return settled;

        session.SetHeader("reason", why);
        stream.AppendOne(decision(report));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (SaveFailures.IsConcurrentChange(e) || SaveFailures.IsUniqueViolation(e))
        {
            // Another decision was saved first. Ask the database what it was: this session still
            // holds the refused decision in its own view of the report.
            return Settled(await ReadAsync(id, cancellationToken), to, from)
                ?? throw PlatformException.Conflict("The report changed at the same moment; look at it again.");
        }
        return await ReadAsync(id, cancellationToken);
    }

    /// <summary>The report when it is already where this decision leads (the same answer again); CONFLICT when it cannot get there; null when it may.</summary>
    private static Report? Settled(Report report, ReportStatus to, ReportStatus[] from) =>
        report.Status == to ? report
        : from.Contains(report.Status) ? null
        : throw PlatformException.Conflict(
            $"This report is {report.Status}; it cannot become {to}.");

    private async Task<Report> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var fresh = store.QuerySession();
        return await fresh.LoadAsync<Report>(id, cancellationToken)
            ?? throw new InvalidOperationException($"Report {id} was decided but cannot be read back.");
    }
}
