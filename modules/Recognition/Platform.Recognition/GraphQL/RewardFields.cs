using GraphQL.Types;

namespace Platform.Recognition.GraphQL;

/// <summary>The reward fields of the <c>recognition</c> group.</summary>
internal static class RewardFields
{
    public static void AddQueries(ObjectGraphType query)
    {
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
    }
}
