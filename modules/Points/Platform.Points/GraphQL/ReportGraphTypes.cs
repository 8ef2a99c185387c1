using GraphQL.Types;
using Platform.Points.Reports;
using Platform.Points.Sources;

namespace Platform.Points.GraphQL;

internal sealed class ReportCategoryGraphType : EnumerationGraphType<ReportCategory>
{
    public ReportCategoryGraphType()
    {
        Name = "ReportCategory";
        Description = "有奖举报: what a report is about.";
    }
}

internal sealed class ReportStatusGraphType : EnumerationGraphType<ReportStatus>
{
    public ReportStatusGraphType() => Name = "ReportStatus";
}

// Whoever may select a Report may read all of it: the fields that return one check who sees the report
// (its reporter, the community's verifiers, the programme office), so the reporter's name goes nowhere else.
internal sealed class ReportGraphType : ObjectGraphType<Report>
{
    public ReportGraphType()
    {
        Name = "Report";
        Description = "A report (有奖举报) of a hazard or violation, and the decisions on it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ReportCategoryGraphType>>("category").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<ReportStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IdGraphType>>("workerId").Description("Who filed it.").Resolve(c => c.Source.WorkerId);
        Field(x => x.WorkerName).Description("The reporter's name when they filed it.");
        Field<NonNullGraphType<IdGraphType>>("communityId").Description("Where it happened.").Resolve(c => c.Source.CommunityId);
        Field(x => x.Latitude).Description("WGS-84 degrees.");
        Field(x => x.Longitude).Description("WGS-84 degrees.");
        Field(x => x.Place).Description("Where, in words.");
        Field(x => x.OccurredAt).Description("When it happened.");
        Field(x => x.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("evidence")
            .Description("File ids or URLs, as the reporter gave them.")
            .Resolve(c => c.Source.Evidence);
        Field(x => x.SubmittedAt);
        Field<IdGraphType>("duplicateOf")
            .Description("The earliest earlier report of the same category close by in place and time, when there was one at submission: verified, this one earns only the duplicate points.")
            .Resolve(c => c.Source.DuplicateOf);
        Field<NonNullGraphType<StringGraphType>>("sourceKey").Description("The key its points are awarded under, once.").Resolve(c => c.Source.SourceKey);
        this.AddRecordedPoints(r => r.Verification switch
        {
            null => LedgerClaim.NotDue,
            { Points: > 0 } => LedgerClaim.Under(r.SourceKey),
            _ => LedgerClaim.Nothing,
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportDecisionGraphType>>>>("history")
            .Description("Every decision, oldest first: who, when, why.")
            .Resolve(c => c.Source.History);
    }
}

internal sealed class ReportDecisionGraphType : ObjectGraphType<ReportDecision>
{
    public ReportDecisionGraphType()
    {
        Name = "ReportDecision";
        Description = "One decision on a report: the status it led to, who took it, when and why.";
        Field<NonNullGraphType<ReportStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.By, nullable: true).Description("The user id of who decided.");
        Field(x => x.At);
        Field(x => x.Reason);
        Field(x => x.Points, nullable: true)
            .Description("Points the point rules gave a verification (before any cap), negated on an overturn; the report's recordedPoints is what the ledger holds.");
    }
}

internal sealed class ReportPageGraphType : ObjectGraphType<SourcePage<Report>>
{
    public ReportPageGraphType()
    {
        Name = "ReportPage";
        Description = "A page of reports: pass nextCursor as 'after' for the next one.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportGraphType>>>>("items").Resolve(c => c.Source.Items);
        Field(x => x.TotalCount).Description("Reports matching the filter, over all pages.");
        Field(x => x.NextCursor, nullable: true).Description("Null on the last page.");
    }
}
