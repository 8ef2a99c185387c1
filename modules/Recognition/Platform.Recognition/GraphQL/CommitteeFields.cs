using GraphQL.Types;

namespace Platform.Recognition.GraphQL;

/// <summary>The committee fields of the <c>recognition</c> group.</summary>
internal static class CommitteeFields
{
    public static void AddQueries(ObjectGraphType query)
    {
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
    }
}
