using GraphQL;
using GraphQL.Types;

namespace Platform.Host.GraphQL;

/// <summary>Refuses a schema in which a root or module group field does not say who may use it.</summary>
internal static class SchemaAccessCheck
{
    public static void Verify(ISchema schema)
    {
        schema.Initialize();
        var undeclared = new List<string>();
        foreach (var root in new IObjectGraphType?[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<IObjectGraphType>())
        {
            foreach (var group in root.Fields)
            {
                if (!FieldAuthorizationRule.Declares(group)) undeclared.Add($"{root.Name}.{group.Name}");
                if (group.ResolvedType?.GetNamedType() is not IObjectGraphType groupType) continue;
                undeclared.AddRange(groupType.Fields.Where(f => !FieldAuthorizationRule.Declares(f)).Select(f => $"{groupType.Name}.{f.Name}"));
            }
        }
        if (undeclared.Count > 0)
            throw new InvalidOperationException(
                $"These GraphQL fields do not declare who may use them (AllowRoles, AllowSignedIn or AllowAnyone): {string.Join(", ", undeclared)}");
    }
}
