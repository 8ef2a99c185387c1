using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Validation;

namespace Platform.Access.Users;

internal sealed class AccountProvisioning(IDocumentSession session, UserCommands commands) : IAccountProvisioning
{
    public async Task<ProvisionedAccount> ProvisionAsync(
        string phone, string name, RoleGrant grant, string reason, CancellationToken cancellationToken)
    {
        var normalized = PhoneNumber.Normalize(phone);
        var existing = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.Phone == normalized, cancellationToken);
        if (existing is null)
        {
            var created = await commands.CreateAsync(new NewUser(normalized, name, null, [grant]), reason, cancellationToken);
            return new ProvisionedAccount(created.User.Id, Created: true, created.OneTimePassword);
        }
        if (!existing.Grants.Contains(grant)) await commands.GrantAsync(existing.Id, grant, reason, cancellationToken);
        return new ProvisionedAccount(existing.Id, Created: false, OneTimePassword: null);
    }
}
