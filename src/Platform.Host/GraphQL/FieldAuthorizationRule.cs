using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Host.GraphQL;

/// <summary>
/// Enforces each field's declared access before anything executes. A field that declares nothing
/// inherits from the field it is selected under; root and module group fields always declare
/// (<see cref="SchemaAccessCheck"/>). A token that still carries a one-time password opens only
/// the fields marked for it. It reads of the caller only what <see cref="AccessProfile"/> holds:
/// <see cref="DocumentCache"/> reuses its verdict for callers of the same profile.
/// </summary>
internal sealed class FieldAuthorizationRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((node, context) =>
    {
        var field = context.TypeInfo.GetFieldDef();
        if (field is null) return; // unknown fields are reported by the core rules
        var name = node.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name != "__typename" && Actor.From(context.User) is null)
                context.ReportError(Error(context, node, ErrorCodes.Unauthenticated, "Sign in to read the schema."));
            return;
        }
        if (!Declares(field) || field.IsAnonymousAllowed()) return;

        var actor = Actor.From(context.User);
        if (actor is null)
        {
            context.ReportError(Error(context, node, ErrorCodes.Unauthenticated, $"Sign in to use '{name}'."));
            return;
        }
        if (actor.MustChangePassword && !field.HasMetadata(FieldAccess.DuringPasswordChangeKey))
        {
            context.ReportError(Error(context, node, ErrorCodes.PasswordChangeRequired,
                "Change the one-time password first (access.changePassword)."));
            return;
        }
        var roles = field.GetRoles();
        if (roles is { Count: > 0 } && !roles.Any(r => Enum.TryParse<Role>(r, out var role) && actor.IsInRole(role)))
            context.ReportError(Error(context, node, ErrorCodes.Forbidden, $"'{name}' needs one of the roles: {string.Join(", ", roles)}."));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    public static bool Declares(IMetadataReader field) =>
        field.IsAnonymousAllowed() || field.IsAuthorizationRequired() || field.GetRoles() is { Count: > 0 };

    private static ValidationError Error(ValidationContext context, ASTNode node, string code, string message) =>
        new(context.Document.Source, number: null, message, node) { Code = code };
}
