using Platform.Access.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Organization.Common;

/// <summary>Reading an actor's scopes as the registry's ids (scopes are ids written as Guid strings).</summary>
internal static class Scopes
{
    public static bool IsProgrammeAdmin(this Actor actor) => actor.IsInRole(Role.ProgrammeAdmin);

    /// <summary>The ids the actor holds the role for; scopes that are not ids name nothing here and are skipped.</summary>
    public static IReadOnlyList<Guid> IdsOf(this Actor actor, Role role) =>
        actor.ScopesOf(role).Select(s => Guid.TryParse(s, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();

    public static bool Holds(this Actor actor, Role role, Guid id) => actor.IdsOf(role).Contains(id);

    public static bool AdministersEnterprise(this Actor actor, Guid enterpriseId) =>
        actor.IsProgrammeAdmin() || actor.Holds(Role.EnterpriseAdmin, enterpriseId);

    public static void RequireEnterpriseAdmin(this Actor actor, Guid enterpriseId)
    {
        if (!actor.AdministersEnterprise(enterpriseId))
            throw PlatformException.Forbidden("Only the programme office or this enterprise's admin may do this.");
    }
}
