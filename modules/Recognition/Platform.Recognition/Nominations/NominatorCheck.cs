using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Whether the actor may nominate this subject for the scheme: they hold one of the scheme's
/// nominating roles in a scope that covers the subject (a secretary their branch's workers or
/// their branch, an enterprise admin their enterprise's workers, branches or itself), or it is a
/// worker nominating themself where the scheme allows it.
/// </summary>
internal static class NominatorCheck
{
    /// <param name="community">The worker subject's grid community, for a verifier's nomination.</param>
    public static Role Require(Actor actor, IHonourScheme scheme, SubjectFacts subject, Guid? community)
    {
        if (scheme.Nomination.SelfNomination && subject.Subject.Kind == SubjectKind.Worker && actor.WorkerId == subject.Subject.Id)
            return Role.Worker;
        foreach (var role in scheme.Nomination.Roles)
            if (Covers(actor, role, subject, community)) return role;
        var roles = string.Join(", ", scheme.Nomination.Roles);
        throw PlatformException.Forbidden(scheme.Nomination.SelfNomination
            ? $"Scheme {scheme.Id} takes nominations from {roles} within their scope, and from workers for themselves."
            : $"Scheme {scheme.Id} takes nominations from {roles} within their scope.");
    }

    private static bool Covers(Actor actor, Role role, SubjectFacts subject, Guid? community) => role switch
    {
        Role.ProgrammeAdmin => actor.IsInRole(Role.ProgrammeAdmin),
        Role.Secretary => subject.BranchId is { } branch && actor.HasScope(Role.Secretary, branch.ToString()),
        Role.EnterpriseAdmin => subject.EnterpriseIds.Any(e => actor.HasScope(Role.EnterpriseAdmin, e.ToString())),
        Role.Verifier => community is { } c && actor.HasScope(Role.Verifier, c.ToString()),
        _ => false,
    };
}
