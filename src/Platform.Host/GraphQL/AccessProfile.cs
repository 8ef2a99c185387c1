using System.Security.Claims;
using Platform.Access.Contracts;

namespace Platform.Host.GraphQL;

/// <summary>
/// All that <see cref="FieldAuthorizationRule"/> reads of a caller, as one number: whether they
/// signed in, whether they must change their password first, and which roles they hold (scopes
/// are the resolvers' to check). Two callers with the same profile get the same verdict on a document.
/// </summary>
internal static class AccessProfile
{
    // Bit 63 is set only here: a signed-in caller's profile uses bits 0 to 62.
    private const long Anonymous = -1;
    private const int PasswordChangeBit = 62;

    /// <summary>The caller's profile, or null when a role does not fit the number (the rule then runs).</summary>
    public static long? Of(ClaimsPrincipal? user)
    {
        if (Actor.From(user) is not { } actor) return Anonymous;
        var profile = actor.MustChangePassword ? 1L << PasswordChangeBit : 0;
        foreach (var grant in actor.Grants)
        {
            if ((int)grant.Role is < 0 or >= PasswordChangeBit) return null;
            profile |= 1L << (int)grant.Role;
        }
        return profile;
    }
}
