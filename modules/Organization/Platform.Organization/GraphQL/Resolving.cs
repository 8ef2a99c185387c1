using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Errors;

namespace Platform.Organization.GraphQL;

internal static class Resolving
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>An ID argument as a Guid; a malformed one is a VALIDATION error on the argument, not an internal error.</summary>
    public static Guid Id(this IResolveFieldContext context, string name) =>
        context.OptionalId(name) ?? throw PlatformException.Validation($"{name} is required.", name);

    public static Guid? OptionalId(this IResolveFieldContext context, string name)
    {
        var text = context.GetArgument<string?>(name);
        if (text is null) return null;
        return Guid.TryParse(text, out var id) ? id : throw PlatformException.Validation($"{name} is not an id of this registry.", name);
    }
}
