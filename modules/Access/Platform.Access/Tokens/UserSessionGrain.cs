using Marten;
using Platform.Access.Users;

namespace Platform.Access.Tokens;

internal sealed class UserSessionGrain(IDocumentStore store) : Grain, IUserSessionGrain
{
    private long? _currentVersion;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<bool> IsCurrentAsync(long sessionVersion) =>
        Task.FromResult(_currentVersion == sessionVersion);

    public Task RefreshAsync() => LoadAsync(CancellationToken.None);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var user = await session.LoadAsync<UserAccount>(this.GetPrimaryKey(), cancellationToken);
        _currentVersion = user is null || user.Disabled ? null : TokenIssuer.SessionVersion(user);
    }
}
