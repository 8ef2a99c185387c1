using GraphQL.Types;

namespace Platform.Recognition.GraphQL;

/// <summary>The eligibility fields of the <c>recognition</c> group.</summary>
internal static class EligibilityFields
{
    public static void AddQueries(ObjectGraphType query)
    {
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
    }
}
