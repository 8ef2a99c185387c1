using System.Security.Claims;

namespace Platform.Access.Contracts;

/// <summary>
/// A signed-in principal that reads its <see cref="Contracts.Actor"/> from its claims once. A request
/// asks for its actor several times (field access, each resolver, the audited session), and each
/// read walked and parsed the claims again. The claims are not changed once the token is verified.
/// </summary>
public sealed class ActorPrincipal : ClaimsPrincipal
{
    // Read once: the actor, or None when the claims name none. Resolvers of one request may ask at once.
    private static readonly object None = new();
    private object? _read;

    /// <summary>The principal of a verified token's identity.</summary>
    public ActorPrincipal(ClaimsIdentity identity)
        : base(identity)
    {
    }

    private ActorPrincipal(ActorPrincipal source)
        : base(source) => _read = Volatile.Read(ref source._read);

    /// <summary>The actor the claims name, or null when they name none.</summary>
    public Actor? Actor
    {
        get
        {
            var read = Volatile.Read(ref _read);
            if (read is null) Volatile.Write(ref _read, read = (object?)Contracts.Actor.Read(this) ?? None);
            return read as Actor;
        }
    }

    /// <summary>A copy with the same identities, as <see cref="ClaimsPrincipal.Clone()"/> makes, that keeps what was read.</summary>
    public override ClaimsPrincipal Clone() => new ActorPrincipal(this);
}
