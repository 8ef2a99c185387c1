using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Nominations;

/// <summary>Honours: a worker's own, an enterprise's recognitions, and the public honour roll.</summary>
internal sealed class HonourReader(IQuerySession session)
{
    private static readonly NominationStatus[] Honoured = [NominationStatus.Awarded, NominationStatus.Revoked];

    public async Task<IReadOnlyList<Nomination>> MineAsync(Actor actor, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("This account is not linked to one worker.");
        return await session.Query<Nomination>()
            .Where(n => n.Subject.Id == workerId && n.Subject.Kind == SubjectKind.Worker && n.Status.In(Honoured))
            .OrderByDescending(n => n.AwardedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The honours of the enterprise itself, its branches and its workers (those who worked for it when nominated).</summary>
    public async Task<IReadOnlyList<Nomination>> OfEnterpriseAsync(Actor actor, Guid enterpriseId, int first, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin) && !actor.HasScope(Role.EnterpriseAdmin, enterpriseId.ToString()))
            throw PlatformException.Forbidden("Only the enterprise's admins and the programme office see its recognitions.");
        return await session.Query<Nomination>()
            .Where(n => n.Facts!.EnterpriseIds.Contains(enterpriseId) && n.Status.In(Honoured))
            .OrderByDescending(n => n.AwardedAt).Take(Limit(first)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Nomination>> RollAsync(int? year, string? schemeId, int first, int skip, CancellationToken cancellationToken)
    {
        if (skip < 0) throw PlatformException.Validation("skip is 0 or more.", "skip");
        var query = session.Query<Nomination>().Where(n => n.Status == NominationStatus.Awarded);
        if (schemeId is not null) query = query.Where(n => n.SchemeId == schemeId);
        if (year is { } y)
        {
            if (y is < 2000 or > 2100) throw PlatformException.Validation("year is 2000 to 2100.", "year");
            var prefix = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
            query = query.Where(n => n.Period.StartsWith(prefix));
        }
        return await query.OrderByDescending(n => n.AwardedAt).Skip(skip).Take(Limit(first)).ToListAsync(cancellationToken);
    }

    private static int Limit(int first) => first is >= 1 and <= 100 ? first : throw PlatformException.Validation("first is 1 to 100.", "first");
}
