namespace Platform.Access.Contracts;

/// <summary>One role held by a user, with the scope it applies to (null for ProgrammeAdmin).</summary>
[GenerateSerializer, Immutable, Alias("access.RoleGrant")]
public sealed record RoleGrant([property: Id(0)] Role Role, [property: Id(1)] string? Scope)
{
    /// <summary>The form carried in a token claim: <c>Role</c> or <c>Role:scope</c>.</summary>
    public override string ToString() => Scope is null ? Role.ToString() : $"{Role}:{Scope}";

    /// <summary>Reads the claim form back; null when it is not a grant.</summary>
    public static RoleGrant? Parse(string value)
    {
        var separator = value.IndexOf(':', StringComparison.Ordinal);
        var roleText = separator < 0 ? value : value[..separator];
        if (!Enum.TryParse<Role>(roleText, ignoreCase: false, out var role)) return null;
        return new RoleGrant(role, separator < 0 ? null : value[(separator + 1)..]);
    }
}
