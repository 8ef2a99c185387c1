using System.Globalization;
using Marten;
using Microsoft.Extensions.Options;
using Platform.Access.Passwords;
using Platform.Access.Tokens;
using Platform.Access.Users;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;

namespace Platform.Access.SignIn;

internal sealed record SignedIn(IssuedToken Token, UserAccount User);

internal sealed class SignInService(
    IQuerySession session, IGrainFactory grains, TokenIssuer issuer, IOptions<AccessOptions> options, DecoyHash decoy)
{
    private const string Refused = "The phone number or the password is wrong.";

    public async Task<SignedIn> SignInAsync(string phoneInput, string password, string? clientAddress, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var phone = PhoneNumber.Normalize(phoneInput);
        var byPhone = grains.GetGrain<ISignInThrottleGrain>($"phone/{phone}");
        var byAddress = grains.GetGrain<ISignInThrottleGrain>($"address/{clientAddress ?? "unknown"}");
        await RefuseIfLockedAsync(byPhone, settings.MaxFailedSignInsPerPhone, settings.SignInLockout);
        await RefuseIfLockedAsync(byAddress, settings.MaxFailedSignInsPerAddress, settings.SignInLockout);

        var user = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.Phone == phone, cancellationToken);
        // The same work whether or not the phone is known, so timing does not tell which.
        var passwordMatches = PasswordHasher.Verify(password, user?.PasswordHash ?? decoy.Value);
        if (user is null || !passwordMatches || user.Disabled)
        {
            await byPhone.RecordFailureAsync(settings.SignInLockout);
            await byAddress.RecordFailureAsync(settings.SignInLockout);
            throw new PlatformException(ErrorCodes.Unauthenticated, Refused);
        }

        await byPhone.ResetAsync();
        return new SignedIn(issuer.Issue(user), user);
    }

    private static async Task RefuseIfLockedAsync(ISignInThrottleGrain throttle, int limit, TimeSpan window)
    {
        if (await throttle.LockedForAsync(limit, window) is not { } wait) return;
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        throw new PlatformException(ErrorCodes.RateLimited,
            $"Too many failed sign-ins: try again in {seconds.ToString(CultureInfo.InvariantCulture)} seconds.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }
}

/// <summary>A hash of nothing, verified when the phone is unknown.</summary>
internal sealed class DecoyHash(IOptions<AccessOptions> options)
{
    private readonly Lazy<string> _value = new(() => new PasswordHasher(options.Value.PasswordIterations).Hash(Guid.NewGuid().ToString()));

    public string Value => _value.Value;
}
