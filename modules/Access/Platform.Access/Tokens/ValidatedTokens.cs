using System.Collections.Concurrent;
using System.Security.Claims;

namespace Platform.Access.Tokens;

/// <summary>
/// Tokens that passed their own checks (signature, issuer, audience, lifetime), kept until they
/// expire, so a client's every request does not parse and verify its token again: that was about a
/// twentieth of the host's CPU under single submissions, where each request is small. Whether the
/// token's session still stands is not kept: the session's grain is asked on every request.
/// </summary>
/// <remarks>
/// Only tokens this host verified are kept, so an unsigned or tampered token never enters. The
/// signing key does not change while the host runs (<see cref="SigningKeyProvider"/>). Bounded: when
/// full, the expired tokens go, then a tenth of the rest in no particular order, which are verified
/// again at their next request.
/// </remarks>
internal sealed class ValidatedTokens(TimeProvider clock, int capacity = ValidatedTokens.DefaultCapacity)
{
    /// <summary>A token and its identity take a few kilobytes: some tens of megabytes when full.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly ConcurrentDictionary<string, Validated> _tokens = new(StringComparer.Ordinal);

    public int Count => _tokens.Count;

    /// <summary>
    /// A copy of the token's identity, or null when it is not kept or has expired. Looked up by the
    /// header's own characters: a token is some hundreds of them, copied for every request before.
    /// </summary>
    public ClaimsIdentity? Find(ReadOnlySpan<char> token)
    {
        if (!_tokens.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var kept, out var validated)) return null;
        if (clock.GetUtcNow() < validated.Until) return validated.Identity.Clone();
        _tokens.TryRemove(KeyValuePair.Create(kept, validated));
        return null;
    }

    /// <summary>Keeps a verified token until <paramref name="until"/>, the last moment its own checks would pass.</summary>
    public void Keep(string token, ClaimsIdentity identity, DateTimeOffset until)
    {
        if (_tokens.Count >= capacity) Prune();
        // A copy: the identity given to the request that verified it stays that request's own.
        _tokens[token] = new Validated(identity.Clone(), until);
    }

    private void Prune()
    {
        var now = clock.GetUtcNow();
        foreach (var (token, validated) in _tokens)
            if (validated.Until <= now) _tokens.TryRemove(KeyValuePair.Create(token, validated));
        if (_tokens.Count < capacity) return;
        foreach (var token in _tokens.Keys.Take(Math.Max(1, capacity / 10))) _tokens.TryRemove(token, out _);
    }

    private sealed record Validated(ClaimsIdentity Identity, DateTimeOffset Until);
}
