using GraphQL;
using GraphQL.Types;
using Platform.Kernel.Errors;

namespace Platform.Access.Contracts;

/// <summary>
/// How a GraphQL field declares who may use it. The host's authorization rule enforces the
/// declaration before execution, and refuses to start if a root field declares nothing.
/// </summary>
public static class FieldAccess
{
    /// <summary>Metadata key of fields open to a user who must first change a one-time password.</summary>
    public const string DuringPasswordChangeKey = "access.duringPasswordChange";

    /// <summary>Also open to a signed-in user who must still change a one-time password.</summary>
    public static TMetadataProvider AllowDuringPasswordChange<TMetadataProvider>(this TMetadataProvider provider)
        where TMetadataProvider : IMetadataWriter
    {
        provider.WithMetadata(DuringPasswordChangeKey, true);
        return provider;
    }

    /// <summary>Only users holding one of these roles (in any scope) may use the field.</summary>
    public static TMetadataProvider AllowRoles<TMetadataProvider>(this TMetadataProvider provider, params Role[] roles)
        where TMetadataProvider : IMetadataWriter =>
        provider.AuthorizeWithRoles(roles.Select(r => r.ToString()).ToArray());

    /// <summary>Any signed-in user may use the field.</summary>
    public static TMetadataProvider AllowSignedIn<TMetadataProvider>(this TMetadataProvider provider)
        where TMetadataProvider : IMetadataWriter => provider.Authorize();

    /// <summary>Anyone, signed in or not, may use the field (sign-in itself).</summary>
    public static TMetadataProvider AllowAnyone<TMetadataProvider>(this TMetadataProvider provider)
        where TMetadataProvider : IMetadataWriter => provider.AllowAnonymous();

    /// <summary>The actor of the request; the authorization rule has already refused anonymous callers.</summary>
    public static Actor RequireActor(this IResolveFieldContext context) =>
        Actor.From(context.User) ?? throw new PlatformException(ErrorCodes.Unauthenticated, "Sign in first.");
}
