using GraphQL.Types;

namespace Platform.Recognition.GraphQL;

/// <summary>The candidate fields of the <c>recognition</c> group.</summary>
internal static class CandidateFields
{
    public static void AddQueries(ObjectGraphType query)
    {
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
    }
}
