using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Candidates;

/// <summary>
/// Where a caller may look for candidates of a scheme: the programme office everywhere; a secretary
/// their branch's workers (worker schemes) or their branch (branch schemes); an enterprise admin
/// their enterprise's workers or their enterprise. A role counts only when the scheme lets it nominate.
/// </summary>
internal sealed record CandidateScope(bool Everywhere, IReadOnlyList<Guid> Branches, IReadOnlyList<Guid> Enterprises)
{
    public static CandidateScope Of(Actor actor, IHonourScheme scheme)
    {
        if (actor.IsInRole(Role.ProgrammeAdmin)) return new CandidateScope(true, [], []);
        var branches = Scopes(actor, scheme, Role.Secretary, SubjectKind.Worker, SubjectKind.Branch);
        var enterprises = Scopes(actor, scheme, Role.EnterpriseAdmin, SubjectKind.Worker, SubjectKind.Enterprise);
        return branches.Count + enterprises.Count > 0
            ? new CandidateScope(false, branches, enterprises)
            : throw PlatformException.Forbidden($"You may nominate no one for scheme {scheme.Id}, so it has no candidates for you.");
    }

    private static IReadOnlyList<Guid> Scopes(Actor actor, IHonourScheme scheme, Role role, params SubjectKind[] kinds) =>
        kinds.Contains(scheme.SubjectKind) && scheme.Nomination.Roles.Contains(role)
            ? actor.ScopesOf(role).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList()
            : [];
}
