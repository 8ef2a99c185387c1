using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Access.Contracts;
using Platform.Access.Users;
using Platform.Kernel.Errors;

namespace Platform.Access.Bootstrap;

/// <summary>
/// Makes sure the platform has a programme admin: from configuration, or in Development with a
/// one-time password printed once in the log (to be changed at first sign-in).
/// </summary>
internal sealed partial class BootstrapAdmin(
    IServiceScopeFactory scopes, IOptions<AccessOptions> options, IHostEnvironment environment, ILogger<BootstrapAdmin> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var adminGrant = new RoleGrant(Role.ProgrammeAdmin, null);
        if (await session.Query<UserAccount>().AnyAsync(u => !u.Disabled && u.Grants.Contains(adminGrant), cancellationToken)) return;

        var settings = options.Value.BootstrapAdmin;
        if (string.IsNullOrEmpty(settings.Password) && !environment.IsDevelopment())
        {
            LogNoAdmin(logger);
            return;
        }
        session.LastModifiedBy = "bootstrap";
        var commands = ActivatorUtilities.CreateInstance<UserCommands>(scope.ServiceProvider, session);
        CreatedUser created;
        try
        {
            created = await commands.CreateAsync(
                new NewUser(settings.Phone, settings.Name, NullIfEmpty(settings.Password), [adminGrant]),
                "first programme admin, created at start-up", cancellationToken);
        }
        catch (PlatformException e) when (e.Code == ErrorCodes.Conflict)
        {
            return; // another host of the cluster created it first
        }
        if (created.OneTimePassword is { } password) LogOneTimePassword(logger, created.User.Phone, password);
        else LogCreated(logger, created.User.Phone);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    [LoggerMessage(Level = LogLevel.Warning, Message = "First programme admin created: phone {Phone}, one-time password {Password} (change it at first sign-in; it is not shown again)")]
    private static partial void LogOneTimePassword(ILogger logger, string phone, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "First programme admin created from configuration: phone {Phone}")]
    private static partial void LogCreated(ILogger logger, string phone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "There is no programme admin: set Access:BootstrapAdmin:Phone and Access:BootstrapAdmin:Password to create one")]
    private static partial void LogNoAdmin(ILogger logger);
}
