using GraphQL.Types;

namespace Platform.Recognition.GraphQL;

/// <summary>The nomination fields of the <c>recognition</c> group.</summary>
internal static class NominationFields
{
    public static void AddQueries(ObjectGraphType query)
    {
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
    }
}
