using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Candidates;

/// <summary>
/// Where a caller may look for candidates of a scheme: where they may nominate
/// (<see cref="Nominations.NominatorCheck"/>), for the roles the scheme takes nominations from. The
/// programme office everywhere; a secretary their branch's workers or their branch; an enterprise
/// admin their enterprise's workers, branches or itself; a verifier the grid volunteers of their
/// community.
/// </summary>
internal sealed record CandidateScope(
    bool Everywhere, IReadOnlyList<Guid> Branches, IReadOnlyList<Guid> Enterprises, IReadOnlyList<Guid> Communities)
{
    public static CandidateScope Of(Actor actor, IHonourScheme scheme)
    {
        var kind = scheme.SubjectKind;
        if (Lets(scheme, Role.ProgrammeAdmin) && actor.IsInRole(Role.ProgrammeAdmin)) return new CandidateScope(true, [], [], []);
        var branches = Lets(scheme, Role.Secretary) && kind is SubjectKind.Worker or SubjectKind.Branch ? Scopes(actor, Role.Secretary) : [];
        var enterprises = Lets(scheme, Role.EnterpriseAdmin) && kind is SubjectKind.Worker or SubjectKind.Branch or SubjectKind.Enterprise
            ? Scopes(actor, Role.EnterpriseAdmin) : [];
        var communities = Lets(scheme, Role.Verifier) && kind == SubjectKind.Worker ? Scopes(actor, Role.Verifier) : [];
        return branches.Count + enterprises.Count + communities.Count > 0
            ? new CandidateScope(false, branches, enterprises, communities)
            : throw PlatformException.Forbidden($"You may nominate no one for scheme {scheme.Id}, so it has no candidates for you.");
    }

    private static bool Lets(IHonourScheme scheme, Role role) => scheme.Nomination.Roles.Contains(role);

    private static IReadOnlyList<Guid> Scopes(Actor actor, Role role) =>
        actor.ScopesOf(role).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
}
