using JasperFx.Events;
using Platform.Access.Contracts;

namespace Platform.Access.Users;

/// <summary>
/// A user as the user's event stream makes it (inline snapshot, so a write is read at once).
/// <c>TokensValidAfter</c> moves forward whenever a change must end the sessions already open.
/// </summary>
internal sealed record UserAccount(
    Guid Id,
    string Phone,
    string Name,
    string PasswordHash,
    bool MustChangePassword,
    IReadOnlyList<RoleGrant> Grants,
    bool Disabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset TokensValidAfter)
{
    public int Version { get; set; }

    public static UserAccount Create(IEvent<UserRegistered> e) => new(
        e.Data.UserId, e.Data.Phone, e.Data.Name, e.Data.PasswordHash, e.Data.MustChangePassword,
        e.Data.Grants, Disabled: false, e.Timestamp, TokensValidAfter: DateTimeOffset.MinValue);

    public UserAccount Apply(RoleGranted e) => this with { Grants = [.. Grants, e.Grant] };

    public UserAccount Apply(IEvent<RoleRevoked> e) =>
        this with { Grants = Grants.Where(g => g != e.Data.Grant).ToList(), TokensValidAfter = e.Timestamp };

    public UserAccount Apply(IEvent<PasswordChanged> e) =>
        this with { PasswordHash = e.Data.PasswordHash, MustChangePassword = e.Data.MustChangePassword, TokensValidAfter = e.Timestamp };

    public UserAccount Apply(IEvent<UserDisabled> e) => this with { Disabled = true, TokensValidAfter = e.Timestamp };

    public UserAccount Apply(UserEnabled _) => this with { Disabled = false };
}
