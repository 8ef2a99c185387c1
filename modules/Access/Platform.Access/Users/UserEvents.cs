using Platform.Access.Contracts;

namespace Platform.Access.Users;

internal sealed record UserRegistered(
    Guid UserId, string Phone, string Name, string PasswordHash, bool MustChangePassword, IReadOnlyList<RoleGrant> Grants);

internal sealed record RoleGranted(RoleGrant Grant);

internal sealed record RoleRevoked(RoleGrant Grant);

/// <summary>A new password; <c>MustChangePassword</c> when an admin set a one-time one.</summary>
internal sealed record PasswordChanged(string PasswordHash, bool MustChangePassword);

internal sealed record UserDisabled;

internal sealed record UserEnabled;
