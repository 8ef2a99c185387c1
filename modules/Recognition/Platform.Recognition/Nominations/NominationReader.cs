using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Nominations;

/// <summary>The nomination lists and the dossier, each limited to what the reader may see.</summary>
internal sealed class NominationReader(IQuerySession session)
{
    private static readonly NominationStatus[] CommitteeWork = [NominationStatus.InReview, NominationStatus.InNotice, NominationStatus.NoticeEnded];

    public async Task<NominationView> DossierAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var nomination = await session.LoadAsync<Nomination>(id, cancellationToken) ?? throw PlatformException.NotFound($"There is no nomination {id}.");
        return ViewFor(actor, nomination) ?? throw PlatformException.Forbidden("This nomination is not yours to see.");
    }

    public async Task<IReadOnlyList<Nomination>> MineAsync(Actor actor, int first, CancellationToken cancellationToken)
    {
        var userId = actor.UserId;
        var workerId = actor.WorkerId ?? Guid.Empty;
        return await session.Query<Nomination>()
            .Where(n => n.NominatedBy == userId || (n.Subject.Id == workerId && n.Subject.Kind == SubjectKind.Worker && n.Status != NominationStatus.Draft))
            .OrderByDescending(n => n.CreatedAt).Take(Paging(first)).ToListAsync(cancellationToken);
    }

    /// <summary>What waits for this member: reviews not yet given, and objections not yet ruled on.</summary>
    public async Task<IReadOnlyList<Nomination>> ReviewQueueAsync(Actor actor, CancellationToken cancellationToken)
    {
        var me = actor.UserId;
        var assigned = await session.Query<Nomination>()
            .Where(n => n.Members.Contains(me) && n.Status.In(CommitteeWork))
            .OrderBy(n => n.SubmittedAt).Take(500).ToListAsync(cancellationToken);
        return assigned.Where(n => n.ActiveMembers.Contains(me) && (n.Status == NominationStatus.InReview
                ? n.Reviews.All(r => r.MemberId != me)
                : n.Objections.Any(o => o.Status == ObjectionStatus.Open)))
            .ToList();
    }

    public async Task<IReadOnlyList<Nomination>> AllAsync(string? schemeId, string? period, NominationStatus? status, int first, CancellationToken cancellationToken)
    {
        var query = session.Query<Nomination>().AsQueryable();
        if (schemeId is not null) query = query.Where(n => n.SchemeId == schemeId);
        if (period is not null) query = query.Where(n => n.Period == period);
        if (status is { } s) query = query.Where(n => n.Status == s);
        return await query.OrderByDescending(n => n.CreatedAt).Take(Paging(first)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<NominationStep>> HistoryAsync(Guid id, CancellationToken cancellationToken) =>
        (await session.Events.FetchStreamAsync(id, token: cancellationToken))
        .Select(e => new NominationStep(e.EventTypeName, e.Timestamp, e.UserName,
            e.Headers?.TryGetValue("reason", out var reason) == true ? reason?.ToString() : null, e.Version))
        .ToList();

    public static NominationView? ViewFor(Actor actor, Nomination nomination)
    {
        var office = actor.IsInRole(Role.ProgrammeAdmin);
        var committee = office || nomination.Members.Contains(actor.UserId);
        if (committee) return new NominationView(nomination, true, office);
        var nominator = nomination.NominatedBy == actor.UserId;
        var subject = nomination.Status != NominationStatus.Draft && IsSubject(actor, nomination);
        return nominator || subject ? new NominationView(nomination, false, false) : null;
    }

    private static bool IsSubject(Actor actor, Nomination nomination) => nomination.Subject.Kind switch
    {
        SubjectKind.Worker => actor.WorkerId == nomination.Subject.Id,
        SubjectKind.Branch => actor.HasScope(Role.Secretary, nomination.Subject.Id.ToString()),
        SubjectKind.Enterprise => actor.HasScope(Role.EnterpriseAdmin, nomination.Subject.Id.ToString()),
        _ => false,
    };

    private static int Paging(int first) =>
        first is >= 1 and <= 100 ? first : throw PlatformException.Validation("first is 1 to 100.", "first");
}
