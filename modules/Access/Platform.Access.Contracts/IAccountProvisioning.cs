namespace Platform.Access.Contracts;

/// <summary>The outcome of provisioning: the user, and a one-time password when a new account was made.</summary>
/// <param name="UserId">The account's user id.</param>
/// <param name="Created">False when an account with the phone existed and was given the role.</param>
/// <param name="OneTimePassword">For a new account: to hand to the person, who changes it at first sign-in.</param>
public sealed record ProvisionedAccount(Guid UserId, bool Created, string? OneTimePassword);

/// <summary>Lets other modules give a person an account with one role (implemented by Access).</summary>
public interface IAccountProvisioning
{
    /// <summary>
    /// Creates an account for the phone with the grant, or adds the grant to the account that has
    /// the phone. Recorded as done by the signed-in user of the request, with the reason.
    /// </summary>
    Task<ProvisionedAccount> ProvisionAsync(string phone, string name, RoleGrant grant, string reason, CancellationToken cancellationToken);
}
