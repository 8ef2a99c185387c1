using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Points.Reports;

namespace Platform.Points.GraphQL;

/// <summary>
/// The report fields of the <c>points</c> group. The roles declared here let the caller in; the
/// services then check the scope (which worker, which community).
/// </summary>
internal static class ReportFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ReportPageGraphType>>("myReports")
            .Description("The signed-in worker's reports, newest first.")
            .AllowRoles(Role.Worker)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Reader(c).MineAsync(
                c.RequireActor(), c.GetArgument<int>("first"), c.GetArgument<string?>("after"), c.CancellationToken));

        query.Field<NonNullGraphType<ReportPageGraphType>>("reportsToVerify")
            .Description("Reports of a community, oldest first: for its verifiers and the programme office. Without a status, those waiting for a decision (SUBMITTED, IN_REVIEW).")
            .AllowRoles(Role.ProgrammeAdmin, Role.Verifier)
            .Argument<NonNullGraphType<IdGraphType>>("communityId")
            .Argument<ReportStatusGraphType>("status")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Reader(c).ToVerifyAsync(c.RequireActor(), Id(c, "communityId"),
                c.GetArgument<ReportStatus?>("status"), c.GetArgument<int>("first"), c.GetArgument<string?>("after"), c.CancellationToken));

        query.Field<ReportGraphType>("report")
            .Description("One report, or null: for the worker who filed it, the community's verifiers and the programme office.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Verifier, Role.Worker)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Reader(c).ByIdAsync(c.RequireActor(), Id(c, "id"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ReportGraphType>>("submitReport")
            .Description("A worker reports a hazard or violation (有奖举报). With an idempotencyKey, a repeat returns the first report.")
            .AllowRoles(Role.Worker)
            .Argument<NonNullGraphType<ReportCategoryGraphType>>("category")
            .Argument<NonNullGraphType<IdGraphType>>("communityId", "The community it happened in.")
            .Argument<NonNullGraphType<FloatGraphType>>("latitude", "-90 to 90 degrees (WGS-84).")
            .Argument<NonNullGraphType<FloatGraphType>>("longitude", "-180 to 180 degrees (WGS-84).")
            .Argument<NonNullGraphType<StringGraphType>>("place", "Where, in words: 2 to 200 characters.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt", "Not in the future, and within Points:Reports:MaxAgeDays (7) days.")
            .Argument<NonNullGraphType<StringGraphType>>("description", "10 to 2000 characters.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("evidence", "Up to 10 uploaded file ids or URLs, each up to 500 characters.")
            .Argument<StringGraphType>("idempotencyKey", "Chosen by the client, up to 100 characters; the same key answers with the same report.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReportSubmission>().SubmitAsync(c.RequireActor(),
                new NewReport(c.GetArgument<ReportCategory>("category"), Id(c, "communityId"), c.GetArgument<double>("latitude"),
                    c.GetArgument<double>("longitude"), c.GetArgument<string?>("place"), c.GetArgument<DateTimeOffset>("occurredAt"),
                    c.GetArgument<string?>("description"), c.GetArgument<List<string>?>("evidence"), c.GetArgument<string?>("idempotencyKey")),
                c.CancellationToken));

        Decision(mutation, "triageReport", "note",
            "A verifier of the report's community (or the programme office) takes it into review (IN_REVIEW), with a note.",
            (d, c, id, why) => d.TriageAsync(c.RequireActor(), id, why, c.CancellationToken));
        Decision(mutation, "verifyReport", "reason",
            "A verifier of the report's community (or the programme office) verifies it: the reporter earns the category's points (a duplicate, the duplicate points), once. Repeating it answers the same and completes a failed award.",
            (d, c, id, why) => d.VerifyAsync(c.RequireActor(), id, why, c.CancellationToken));
        Decision(mutation, "rejectReport", "reason",
            "A verifier of the report's community (or the programme office) rejects it, saying why; it earns nothing.",
            (d, c, id, why) => d.RejectAsync(c.RequireActor(), id, why, c.CancellationToken));
        Decision(mutation, "overturnReportVerification", "reason",
            "A verifier of the report's community (or the programme office) overturns its verification: the points are taken back by a compensating entry (OVERTURNED).",
            (d, c, id, why) => d.OverturnAsync(c.RequireActor(), id, why, c.CancellationToken));
    }

    private static void Decision(
        ObjectGraphType mutation, string name, string why, string description, Func<ReportDecisions, IResolveFieldContext, Guid, string?, Task<Report>> decide) =>
        mutation.Field<NonNullGraphType<ReportGraphType>>(name)
            .Description(description)
            .AllowRoles(Role.ProgrammeAdmin, Role.Verifier)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>(why, "2 to 500 characters.")
            .ResolveAsync(async c => await decide(
                c.RequestServices!.GetRequiredService<ReportDecisions>(), c, Id(c, "id"), c.GetArgument<string?>(why)));

    private static ReportReader Reader(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ReportReader>();

    /// <summary>A malformed id is the caller's mistake (VALIDATION on the argument), not an internal error.</summary>
    private static Guid Id(IResolveFieldContext c, string name)
    {
        var text = c.GetArgument<string?>(name);
        return Guid.TryParse(text, out var id) ? id : throw PlatformException.Validation($"{name} is not a valid id.", name);
    }
}
