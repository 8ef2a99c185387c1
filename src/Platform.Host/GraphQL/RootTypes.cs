using GraphQL;
using GraphQL.Types;
using Platform.Kernel.Modules;

namespace Platform.Host.GraphQL;

/// <summary>One group field per enabled module (<c>access { ... }</c>); the module's fields declare who may use them.</summary>
internal sealed class RootQueryGraphType : ObjectGraphType
{
    public RootQueryGraphType(IEnumerable<ModuleGraph> modules)
    {
        Name = "Query";
        RootFields.Add(this, modules.Where(m => m.QueryType is not null).Select(m => (m, m.QueryType!)));
    }
}

internal sealed class RootMutationGraphType : ObjectGraphType
{
    public RootMutationGraphType(IEnumerable<ModuleGraph> modules)
    {
        Name = "Mutation";
        RootFields.Add(this, modules.Where(m => m.MutationType is not null).Select(m => (m, m.MutationType!)));
    }
}

internal static class RootFields
{
    private static readonly object Group = new();

    public static void Add(ObjectGraphType root, IEnumerable<(ModuleGraph Module, Type Type)> groups)
    {
        foreach (var (module, type) in groups)
        {
            // The group itself is open to all: each field inside it declares its own access.
            root.Field(module.FieldName, typeof(NonNullGraphType<>).MakeGenericType(type))
                .Description(module.Description)
                .AllowAnonymous()
                .Resolve(_ => Group);
        }
    }
}

internal sealed class PlatformSchema : Schema
{
    public PlatformSchema(IServiceProvider services, RootQueryGraphType query, RootMutationGraphType mutation)
        : base(services)
    {
        Query = query;
        if (mutation.Fields.Count > 0) Mutation = mutation;
        Description = "聚蜂 Jufeng: points, honours and rewards for the city's gig workers.";
        // Introspection is for signed-in developers (and off in Production); the depth limit still holds.
        this.WithIntrospectionComplexityImpact(0);
    }
}
