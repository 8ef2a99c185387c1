using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Points.Rules.DryRun;

namespace Platform.Points.GraphQL;

/// <summary>The point rules fields of the <c>points</c> group; the dry run checks the role again.</summary>
internal static class PointRulesFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PointRulesDryRunGraphType>>("pointRulesDryRun")
            .Description("Re-evaluates the awards that happened in [from, to) with a proposed rules file (YAML text) and shows what would change per worker. Writes nothing.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("rules", "The proposed rules file, as text.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from", "Awards whose source happened at or after this.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to", "...and before this; at most 366 days after from.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PointRulesDryRun>().RunAsync(c.RequireActor(),
                c.GetArgument<string>("rules"), c.GetArgument<DateTimeOffset>("from"), c.GetArgument<DateTimeOffset>("to"), c.CancellationToken));
    }
}
