using Marten;
using Platform.Access.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Eligibility.Sanctions;

/// <summary>A subject's sanctions: all of them for the programme office, those in force in a period for eligibility.</summary>
internal sealed class SanctionReader(IQuerySession session, SubjectRegistry registry)
{
    public async Task<IReadOnlyList<Sanction>> OfAsync(Actor actor, SubjectRef subject, CancellationToken cancellationToken)
    {
        SanctionCommands.RequireAdmin(actor);
        await registry.RequireAsync(subject, cancellationToken);
        return (await AllOfAsync(subject, cancellationToken)).OrderByDescending(s => s.From).ThenByDescending(s => s.Id).ToList();
    }

    /// <summary>How many of the subject's sanctions were in force at some time in [from, to).</summary>
    public async Task<int> InForceAsync(SubjectRef subject, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        (await AllOfAsync(subject, cancellationToken)).Count(s => s.InForceDuring(from, to));

    // A subject has a handful of sanctions at most: the index on the subject finds them, the period is judged here.
    private async Task<IReadOnlyList<Sanction>> AllOfAsync(SubjectRef subject, CancellationToken cancellationToken) =>
        await session.Query<Sanction>().Where(s => s.SubjectId == subject.Id && s.SubjectKind == subject.Kind).ToListAsync(cancellationToken);
}
