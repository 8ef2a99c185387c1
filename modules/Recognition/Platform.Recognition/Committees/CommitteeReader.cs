using Marten;
using Platform.Access.Contracts;

namespace Platform.Recognition.Committees;

/// <summary>Committees as their readers may see them: the programme office all, a member their own.</summary>
internal sealed class CommitteeReader(IQuerySession session)
{
    public async Task<IReadOnlyList<ReviewCommittee>> VisibleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.IsInRole(Role.ProgrammeAdmin))
            return await session.Query<ReviewCommittee>().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var mine = actor.ScopesOf(Role.CommitteeMember).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).ToList();
        var committees = await session.LoadManyAsync<ReviewCommittee>(cancellationToken, mine);
        return committees.Where(c => c.HasMember(actor.UserId)).OrderBy(c => c.Code).ToList();
    }

    public Task<ReviewCommittee?> ByCodeAsync(string code, CancellationToken cancellationToken) =>
        session.Query<ReviewCommittee>().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);

    public Task<ReviewCommittee?> ByIdAsync(Guid id, CancellationToken cancellationToken) => session.LoadAsync<ReviewCommittee>(id, cancellationToken);
}
