using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Access.Contracts;

namespace Platform.Access.Tokens;

/// <summary>
/// What the bearer handler does besides checking a token: every request's session is asked of its
/// grain (a password change, a revoked role or a disabled account ends it), and a token verified once
/// is kept (<see cref="ValidatedTokens"/>) so its next requests skip the token's own checks.
/// </summary>
internal static class SessionBearerEvents
{
    public static JwtBearerEvents Create(ValidatedTokens tokens) =>
        new() { OnMessageReceived = context => UseVerifiedTokenAsync(context, tokens), OnTokenValidated = context => KeepIfSessionStandsAsync(context, tokens) };

    /// <summary>A token verified before skips its own checks; its session is still checked.</summary>
    private static async Task UseVerifiedTokenAsync(MessageReceivedContext context, ValidatedTokens tokens)
    {
        var token = BearerToken(context.Request.Headers.Authorization.ToString());
        if (token.IsEmpty || tokens.Find(token) is not { } identity) return;
        var principal = new ActorPrincipal(identity);
        if (await SessionEndedAsync(context.HttpContext, principal) is { } ended)
        {
            context.Fail(ended);
            return;
        }
        context.Principal = principal;
        context.Success();
    }

    private static async Task KeepIfSessionStandsAsync(TokenValidatedContext context, ValidatedTokens tokens)
    {
        if (await SessionEndedAsync(context.HttpContext, context.Principal) is { } ended)
        {
            context.Fail(ended);
            return;
        }
        if (context.SecurityToken is JsonWebToken verified && context.Principal?.Identity is ClaimsIdentity identity)
            tokens.Keep(verified.EncodedToken, identity,
                new DateTimeOffset(DateTime.SpecifyKind(verified.ValidTo, DateTimeKind.Utc)) + context.Options.TokenValidationParameters.ClockSkew);
    }

    /// <summary>Why the token's session no longer stands, or null when it does.</summary>
    private static async Task<string?> SessionEndedAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        if (!Guid.TryParse(principal?.FindFirst(AccessClaims.Subject)?.Value, out var userId)
            || !long.TryParse(principal?.FindFirst(TokenIssuer.SessionVersionClaim)?.Value, out var version))
            return "The token does not name a user session.";
        var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
        return await grains.GetGrain<IUserSessionGrain>(userId).IsCurrentAsync(version) ? null : "The session has ended: sign in again.";
    }

    /// <summary>The token of an <c>Authorization: Bearer</c> header, read as the bearer handler reads it; empty when there is none.</summary>
    private static ReadOnlySpan<char> BearerToken(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization.AsSpan("Bearer ".Length).Trim() : default;
}
