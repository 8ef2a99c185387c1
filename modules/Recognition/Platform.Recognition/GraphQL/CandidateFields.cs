using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Recognition.Candidates;

namespace Platform.Recognition.GraphQL;

/// <summary>The candidate fields of the <c>recognition</c> group.</summary>
internal static class CandidateFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateGraphType>>>>("suggestedCandidates")
            .Description("Subjects that meet a scheme's eligibility for a period, most points first (then the earlier registered), within what the caller may nominate in, for the roles the scheme takes nominations from: the programme office everywhere, a secretary their branch's workers (or their branch), an enterprise admin their enterprise's workers, branches or itself, a verifier their community's grid volunteers. Only subjects with points in the period are suggested, except a verifier's volunteers, who are all looked at.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary, Role.EnterpriseAdmin, Role.Verifier)
            .Argument<NonNullGraphType<StringGraphType>>("schemeId")
            .Argument<NonNullGraphType<StringGraphType>>("period", "2026 for a yearly scheme, 2026-Q3 quarterly, 2026-07 monthly.")
            .Argument<IntGraphType>("first", "1 to 100.", a => a.DefaultValue = 20)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CandidateFinder>().SuggestAsync(c.RequireActor(),
                c.GetArgument<string>("schemeId"), c.GetArgument<string>("period"), c.GetArgument<int>("first"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
    }
}
