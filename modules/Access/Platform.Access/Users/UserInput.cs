using System.Text.RegularExpressions;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Access.Users;

/// <summary>Checks on what a caller sends about a user, each failing with the field it concerns.</summary>
internal static partial class UserInput
{
    public static string Name(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is < 1 or > 64)
            throw PlatformException.Validation("A name has 1 to 64 characters.", "name");
        return trimmed;
    }

    public static IReadOnlyList<RoleGrant> Grants(IReadOnlyList<RoleGrant> grants)
    {
        var checkedGrants = grants.Select(Grant).Distinct().ToList();
        return checkedGrants;
    }

    private static RoleGrant Grant(RoleGrant grant)
    {
        if (!Enum.IsDefined(grant.Role)) throw PlatformException.Validation("Unknown role.", "role");
        var scope = string.IsNullOrWhiteSpace(grant.Scope) ? null : grant.Scope.Trim();
        if (grant.Role == Role.ProgrammeAdmin)
        {
            if (scope is not null) throw PlatformException.Validation("ProgrammeAdmin is not scoped: leave scope empty.", "scope");
            return grant with { Scope = null };
        }
        if (scope is null)
            throw PlatformException.Validation($"{grant.Role} needs a scope ({ScopeKind(grant.Role)} id).", "scope");
        if (!ScopePattern().IsMatch(scope))
            throw PlatformException.Validation("A scope id has 1 to 64 letters, digits, '-' or '_'.", "scope");
        return grant with { Scope = scope };
    }

    public static string ScopeKind(Role role) => role switch
    {
        Role.EnterpriseAdmin => "enterprise",
        Role.Secretary => "branch",
        Role.CommitteeMember => "committee",
        Role.Verifier => "community",
        Role.Worker => "worker",
        _ => "programme",
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ScopePattern();
}
