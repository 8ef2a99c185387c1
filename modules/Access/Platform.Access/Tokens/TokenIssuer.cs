using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Access.Contracts;
using Platform.Access.Users;

namespace Platform.Access.Tokens;

internal sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);

internal sealed class TokenIssuer(IOptions<AccessOptions> options, SigningKeyProvider keys, TimeProvider clock)
{
    /// <summary>Ties a token to the user's current sessions; see <see cref="UserAccount.TokensValidAfter"/>.</summary>
    public const string SessionVersionClaim = "sv";

    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(UserAccount user)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.Value.TokenLifetime;
        var claims = new List<Claim>
        {
            new(AccessClaims.Subject, user.Id.ToString()),
            new(AccessClaims.Name, user.Name),
            new(SessionVersionClaim, SessionVersion(user).ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(user.Grants.Select(g => g.Role.ToString()).Distinct().Select(r => new Claim(AccessClaims.Role, r)));
        claims.AddRange(user.Grants.Select(g => new Claim(AccessClaims.Grant, g.ToString())));
        if (user.MustChangePassword) claims.Add(new Claim(AccessClaims.PasswordChangeRequired, "true"));

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires);
    }

    public static long SessionVersion(UserAccount user) => user.TokensValidAfter.UtcTicks;
}
