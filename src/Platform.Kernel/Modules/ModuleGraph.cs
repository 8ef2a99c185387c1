namespace Platform.Kernel.Modules;

/// <summary>
/// A module's group field on the root Query and Mutation types (<c>access { ... }</c>). The types
/// are GraphQL.NET object graph types registered by the module; either may be absent.
/// </summary>
public sealed record ModuleGraph(string FieldName, string Description, Type? QueryType, Type? MutationType);
