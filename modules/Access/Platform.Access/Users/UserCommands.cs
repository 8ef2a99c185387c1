using JasperFx;
using Marten;
using Npgsql;
using Platform.Access.Contracts;
using Platform.Access.Passwords;
using Platform.Access.Tokens;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;

namespace Platform.Access.Users;

internal sealed record NewUser(string Phone, string Name, string? Password, IReadOnlyList<RoleGrant> Grants);

internal sealed record CreatedUser(UserAccount User, string? OneTimePassword);

/// <summary>
/// Every change to a user: appended to the user's stream with who (session user), when (event
/// timestamp) and why (the <c>reason</c> header), then projected inline.
/// </summary>
internal sealed class UserCommands(IDocumentSession session, PasswordHasher hasher, IGrainFactory grains)
{
    public async Task<CreatedUser> CreateAsync(NewUser input, string reason, CancellationToken cancellationToken)
    {
        var phone = PhoneNumber.Normalize(input.Phone);
        var name = UserInput.Name(input.Name);
        var grants = UserInput.Grants(input.Grants);
        var oneTime = input.Password is null ? PasswordPolicy.OneTime() : null;
        if (input.Password is not null) PasswordPolicy.Check(input.Password);
        if (await session.Query<UserAccount>().AnyAsync(u => u.Phone == phone, cancellationToken))
            throw PlatformException.Conflict($"A user with phone {phone} already exists.");

        var id = Guid.CreateVersion7();
        var registered = new UserRegistered(id, phone, name, hasher.Hash(input.Password ?? oneTime!), oneTime is not null, grants);
        session.SetHeader("reason", ChangeReason.Check(reason));
        session.Events.StartStream<UserAccount>(id, registered);
        await SaveAsync(phone, cancellationToken);
        return new CreatedUser(await LoadAsync(id, cancellationToken), oneTime);
    }

    public Task<UserAccount> GrantAsync(Guid userId, RoleGrant grant, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(userId, reason, user =>
        {
            var checkedGrant = UserInput.Grants([grant])[0];
            if (user.Grants.Contains(checkedGrant)) throw PlatformException.Conflict($"The user already holds {checkedGrant}.");
            return new RoleGranted(checkedGrant);
        }, cancellationToken);

    public Task<UserAccount> RevokeAsync(Guid userId, RoleGrant grant, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(userId, reason, user =>
            user.Grants.Contains(grant) ? new RoleRevoked(grant) : throw PlatformException.NotFound($"The user does not hold {grant}."),
            cancellationToken);

    public Task<UserAccount> DisableAsync(Guid userId, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(userId, reason, user =>
            user.Disabled ? throw PlatformException.Conflict("The user is already disabled.") : new UserDisabled(),
            cancellationToken);

    public Task<UserAccount> EnableAsync(Guid userId, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(userId, reason, user =>
            user.Disabled ? new UserEnabled() : throw PlatformException.Conflict("The user is not disabled."),
            cancellationToken);

    public async Task<(UserAccount User, string OneTimePassword)> ResetPasswordAsync(Guid userId, string reason, CancellationToken cancellationToken)
    {
        var oneTime = PasswordPolicy.OneTime();
        var user = await ChangeAsync(userId, reason, _ => new PasswordChanged(hasher.Hash(oneTime), MustChangePassword: true), cancellationToken);
        return (user, oneTime);
    }

    public Task<UserAccount> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken) =>
        ChangeAsync(userId, "changed by the user", user =>
        {
            if (!PasswordHasher.Verify(currentPassword, user.PasswordHash))
                throw PlatformException.Validation("The current password is wrong.", "currentPassword");
            PasswordPolicy.Check(newPassword, "newPassword");
            if (newPassword == currentPassword)
                throw PlatformException.Validation("The new password must differ from the current one.", "newPassword");
            return new PasswordChanged(hasher.Hash(newPassword), MustChangePassword: false);
        }, cancellationToken);

    private async Task<UserAccount> ChangeAsync(
        Guid userId, string reason, Func<UserAccount, object> decide, CancellationToken cancellationToken)
    {
        var checkedReason = ChangeReason.Check(reason);
        var stream = await session.Events.FetchForWriting<UserAccount>(userId, cancellationToken);
        var user = stream.Aggregate ?? throw PlatformException.NotFound($"No user has id {userId}.");
        stream.AppendOne(decide(user));
        session.SetHeader("reason", checkedReason);
        await SaveAsync(user.Phone, cancellationToken);
        await grains.GetGrain<IUserSessionGrain>(userId).RefreshAsync();
        return await LoadAsync(userId, cancellationToken);
    }

    private async Task SaveAsync(string phone, CancellationToken cancellationToken)
    {
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            throw PlatformException.Conflict($"A user with phone {phone} already exists.");
        }
        catch (ConcurrencyException)
        {
            throw PlatformException.Conflict("The user was changed at the same moment; try again.");
        }
    }

    private async Task<UserAccount> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await session.LoadAsync<UserAccount>(id, cancellationToken)
        ?? throw new InvalidOperationException($"User {id} was written but cannot be read back.");

    private static bool IsUniqueViolation(Exception e) =>
        e is DocumentAlreadyExistsException
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
