using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Points.Sources;

namespace Platform.Points.Reports;

/// <summary>Reports for the worker who filed them, the community's verifiers and the programme office.</summary>
internal sealed class ReportReader(IQuerySession session)
{
    private static readonly ReportStatus[] Waiting = [ReportStatus.Submitted, ReportStatus.InReview];

    public Task<SourcePage<Report>> MineAsync(Actor actor, int first, string? after, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("The account is not linked to one worker.");
        return KeysetPaging.PageAsync(session.Query<Report>().Where(r => r.WorkerId == workerId), r => r.Id, newestFirst: true, first, after, cancellationToken);
    }

    /// <summary>Oldest first: a queue is worked from its front. Without a status, the reports still waiting for a decision.</summary>
    public Task<SourcePage<Report>> ToVerifyAsync(
        Actor actor, Guid communityId, ReportStatus? status, int first, string? after, CancellationToken cancellationToken)
    {
        if (!ReportAccess.Decides(actor, communityId))
            throw PlatformException.Forbidden("A verifier sees the reports of their own communities.");
        var query = session.Query<Report>().Where(r => r.CommunityId == communityId);
        query = status is { } s ? query.Where(r => r.Status == s) : query.Where(r => Waiting.Contains(r.Status));
        return KeysetPaging.PageAsync(query, r => r.Id, newestFirst: false, first, after, cancellationToken);
    }

    public async Task<Report?> ByIdAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var report = await session.LoadAsync<Report>(id, cancellationToken);
        if (report is not null && !ReportAccess.Sees(actor, report))
            throw PlatformException.Forbidden("A report is seen by the worker who filed it, the community's verifiers and the programme office.");
        return report;
    }
}
