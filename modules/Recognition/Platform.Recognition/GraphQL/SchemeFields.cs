using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.GraphQL;

/// <summary>The scheme fields of the <c>recognition</c> group: schemes are public to anyone signed in.</summary>
internal static class SchemeFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchemeGraphType>>>>("schemes")
            .Description("Every honour scheme the host runs: those from scheme files, then those written in code.")
            .AllowSignedIn()
            .WithComplexityImpact(1, 10)
            .Resolve(c => Catalog(c).All);

        query.Field<SchemeGraphType>("scheme")
            .Description("One honour scheme by id, or null.")
            .AllowSignedIn()
            .Argument<NonNullGraphType<StringGraphType>>("id", "E.g. PioneerRider.")
            .Resolve(c => Catalog(c).Find(c.GetArgument<string>("id")));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
    }

    private static SchemeCatalog Catalog(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SchemeCatalog>();
}
