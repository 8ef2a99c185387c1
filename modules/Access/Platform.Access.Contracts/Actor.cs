using System.Security.Claims;

namespace Platform.Access.Contracts;

/// <summary>The signed-in user a request acts for, read from the validated token.</summary>
public sealed record Actor(Guid UserId, string Name, IReadOnlyList<RoleGrant> Grants, bool MustChangePassword)
{
    /// <summary>Whether the user holds the role in any scope.</summary>
    public bool IsInRole(Role role) => Grants.Any(g => g.Role == role);

    /// <summary>The scopes in which the user holds the role.</summary>
    public IReadOnlyList<string> ScopesOf(Role role) =>
        Grants.Where(g => g.Role == role && g.Scope is not null).Select(g => g.Scope!).ToList();

    /// <summary>The worker the account is linked to: its one Worker scope; null when it has none, or several.</summary>
    public Guid? WorkerId => ScopesOf(Role.Worker) is [var scope] && Guid.TryParse(scope, out var id) ? id : null;

    /// <summary>Whether the user holds the role for exactly this scope.</summary>
    public bool HasScope(Role role, string scope) =>
        Grants.Any(g => g.Role == role && string.Equals(g.Scope, scope, StringComparison.Ordinal));

    /// <summary>The actor of an authenticated principal, or null for an anonymous one.</summary>
    public static Actor? From(ClaimsPrincipal? principal) => principal is ActorPrincipal known ? known.Actor : Read(principal);

    /// <summary>The actor the principal's claims name.</summary>
    internal static Actor? Read(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(principal.FindFirstValue(AccessClaims.Subject), out var userId)) return null;
        var grants = principal.FindAll(AccessClaims.Grant)
            .Select(c => RoleGrant.Parse(c.Value))
            .OfType<RoleGrant>()
            .ToList();
        return new Actor(
            userId,
            principal.FindFirstValue(AccessClaims.Name) ?? "",
            grants,
            principal.HasClaim(c => c.Type == AccessClaims.PasswordChangeRequired));
    }
}
