namespace Platform.Access.Contracts;

/// <summary>Claim types in the platform's tokens.</summary>
public static class AccessClaims
{
    /// <summary>The user id.</summary>
    public const string Subject = "sub";

    /// <summary>The display name.</summary>
    public const string Name = "name";

    /// <summary>One per role held (the bare role name).</summary>
    public const string Role = "role";

    /// <summary>One per role grant, with its scope (see <see cref="RoleGrant.ToString"/>).</summary>
    public const string Grant = "grant";

    /// <summary>Present while the user must change a one-time password before anything else.</summary>
    public const string PasswordChangeRequired = "pwd_change";
}
