using Platform.Access.Contracts;

namespace Platform.Points.GridTasks;

/// <summary>
/// Who may do what with grid tasks. Scopes are ids as strings: a volunteer acts as their own
/// worker id, a verifier for the community ids they hold the role in.
/// </summary>
internal static class GridTaskAccess
{
    /// <summary>Decisions are the community's: its verifiers decide, nobody else (the programme office oversees).</summary>
    public static bool Verifies(Actor actor, Guid communityId) => actor.HasScope(Role.Verifier, communityId.ToString());

    public static IReadOnlyList<Guid> VerifiedCommunities(Actor actor) =>
        actor.ScopesOf(Role.Verifier).Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();

    /// <summary>A task is seen by its volunteer, its community's verifiers and the programme office.</summary>
    public static bool Sees(Actor actor, GridTask task) =>
        actor.IsInRole(Role.ProgrammeAdmin)
        || actor.HasScope(Role.Worker, task.WorkerId.ToString())
        || Verifies(actor, task.CommunityId);
}
