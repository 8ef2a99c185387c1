using GraphQL.Types;
using Platform.Points.GridTasks;
using Platform.Points.Sources;

namespace Platform.Points.GraphQL;

internal sealed class GridTaskKindGraphType : EnumerationGraphType<GridTaskKind>
{
    public GridTaskKindGraphType()
    {
        Name = "GridTaskKind";
        Description = "网格工作: the kinds of grid work.";
    }
}

internal sealed class GridTaskStatusGraphType : EnumerationGraphType<GridTaskStatus>
{
    public GridTaskStatusGraphType() => Name = "GridTaskStatus";
}

// Whoever may select a GridTask may read all of it: the fields that return one check who sees the task.
internal sealed class GridTaskGraphType : ObjectGraphType<GridTask>
{
    public GridTaskGraphType()
    {
        Name = "GridTask";
        Description = "Grid work (网格工作) a grid volunteer did, and the community's decision on it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GridTaskKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<GridTaskStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IdGraphType>>("workerId").Description("The grid volunteer.").Resolve(c => c.Source.WorkerId);
        Field(x => x.WorkerName).Description("The volunteer's name when they submitted the task.");
        Field<NonNullGraphType<IdGraphType>>("communityId").Resolve(c => c.Source.CommunityId);
        Field(x => x.DoneAt).Description("When the work was done.");
        Field(x => x.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("evidence")
            .Description("Photo ids or URLs, as the volunteer gave them.")
            .Resolve(c => c.Source.Evidence);
        Field(x => x.SubmittedAt);
        Field<NonNullGraphType<StringGraphType>>("sourceKey").Description("The key its points are awarded under, once.").Resolve(c => c.Source.SourceKey);
        Field<GridTaskDecisionGraphType>("decision").Description("Null while the task waits.").Resolve(c => c.Source.Decision);
        this.AddRecordedPoints(t => t.Decision switch
        {
            { Outcome: GridTaskStatus.Accepted, Points: > 0 } => LedgerClaim.Under(t.SourceKey),
            { Outcome: GridTaskStatus.Accepted } => LedgerClaim.Nothing,
            _ => LedgerClaim.NotDue,
        });
    }
}

internal sealed class GridTaskDecisionGraphType : ObjectGraphType<GridTaskDecision>
{
    public GridTaskDecisionGraphType()
    {
        Name = "GridTaskDecision";
        Description = "Who decided on a grid task, when and why.";
        Field<NonNullGraphType<GridTaskStatusGraphType>>("outcome").Resolve(c => c.Source.Outcome);
        Field(x => x.By, nullable: true).Description("The verifier's user id.");
        Field(x => x.At);
        Field(x => x.Reason, nullable: true).Description("The rejection's reason, or the acceptance's note.");
        Field(x => x.Points, nullable: true)
            .Description("Points the point rules gave the acceptance (before any cap: the task's recordedPoints is what the ledger holds); null for a rejection.");
    }
}

internal sealed class GridTaskPageGraphType : ObjectGraphType<SourcePage<GridTask>>
{
    public GridTaskPageGraphType()
    {
        Name = "GridTaskPage";
        Description = "A page of grid tasks: pass nextCursor as 'after' for the next one.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GridTaskGraphType>>>>("items").Resolve(c => c.Source.Items);
        Field(x => x.TotalCount).Description("Tasks matching the filter, over all pages.");
        Field(x => x.NextCursor, nullable: true).Description("Null on the last page.");
    }
}
