using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Points.Leaderboards;
using Platform.Points.Ledger;

namespace Platform.Points.GraphQL;

/// <summary>
/// The leaderboard fields of the <c>points</c> group. The roles declared here let the caller in;
/// <see cref="LeaderboardAccess"/> then checks the board (which district, enterprise, branch).
/// </summary>
internal static class LeaderboardFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        BoardArguments(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderboardEntryGraphType>>>>("leaderboard")
            .Description("The top of a board in a period. Points count on the board of the branch and enterprise where they were earned; caught up shortly after each award.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Worker, Role.Secretary, Role.EnterpriseAdmin))
            .Argument<IntGraphType>("first", "1 to 100.", a => a.DefaultValue = 20)
            .ResolveAsync(async c => await Reader(c).TopAsync(c.RequireActor(), Board(c), c.GetArgument<int>("first"), c.CancellationToken));

        query.Field<NonNullGraphType<DateTimeOffsetGraphType>>("leaderboardsAsOf")
            .Description("Every board includes every award recorded before this time: now when they have caught up with the ledger, earlier while awards wait to be counted (under heavy intake).")
            .AllowRoles(Role.ProgrammeAdmin, Role.Worker, Role.Secretary, Role.EnterpriseAdmin)
            // It names no board, so the roles are the whole check.
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<LeaderboardQueries>().AsOfAsync(c.CancellationToken));

        BoardArguments(query.Field<LeaderboardRankGraphType>("myRank")
            .Description("The signed-in worker's rank and score on a board they belong to, or null when they have no points on it in the period.")
            .AllowRoles(Role.Worker))
            .ResolveAsync(async c => await Reader(c).MyRankAsync(c.RequireActor(), Board(c), c.CancellationToken));
    }

    private static FieldBuilder<object?, T> BoardArguments<T>(FieldBuilder<object?, T> field) => field
        .Argument<NonNullGraphType<LeaderboardScopeGraphType>>("scope")
        .Argument<IdGraphType>("scopeId", "The district, enterprise or branch id; the sector (FOOD_DELIVERY, ...); none for the city.")
        .Argument<PeriodKindGraphType>("period", a => a.DefaultValue = PeriodKind.Month)
        .Argument<StringGraphType>("periodValue", "2026-11 for a month, 2026-Q4 for a quarter, 2026 for a year, none for all time; default: the current one.");

    private static BoardQuery Board(IResolveFieldContext c) => new(
        c.GetArgument<LeaderboardScope>("scope"), c.GetArgument<string?>("scopeId"), c.GetArgument<PeriodKind>("period"), c.GetArgument<string?>("periodValue"));

    private static LeaderboardReader Reader(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<LeaderboardReader>();
}
