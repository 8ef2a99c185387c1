using GraphQL.Types;

namespace Platform.Recognition.GraphQL;

/// <summary>The scheme fields of the <c>recognition</c> group.</summary>
internal static class SchemeFields
{
    public static void AddQueries(ObjectGraphType query)
    {
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
    }
}
