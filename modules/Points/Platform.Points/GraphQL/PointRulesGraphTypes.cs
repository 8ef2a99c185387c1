using GraphQL.Types;
using Platform.Points.Rules.DryRun;

namespace Platform.Points.GraphQL;

internal sealed class PointRulesDryRunGraphType : ObjectGraphType<DryRunResult>
{
    public PointRulesDryRunGraphType()
    {
        Name = "PointRulesDryRun";
        Description = "What proposed point rules would have awarded in a past period, beside what was awarded. Nothing is written.";
        Field(x => x.Version).Description("The proposed file's version.");
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Entries).Description("Awards of the period re-evaluated (activities, grid tasks, reports; reversed awards left out).");
        Field(x => x.CurrentTotal).Description("Points those awards gave.");
        Field(x => x.ProposedTotal).Description("Points the proposed rules would give them, caps applied.");
        Field(x => x.Difference).Description("proposedTotal - currentTotal.");
        Field(x => x.WorkersChanged).Description("How many workers' points would change (the list holds at most 200).");
        Field(x => x.EarnNothing).Description("Awards no proposed rule covers.");
        Field(x => x.Capped).Description("Awards a proposed cap would leave without points.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PointRulesWorkerDifferenceGraphType>>>>("workers")
            .Description("Workers with a difference, largest difference first.")
            .Resolve(c => c.Source.Workers);
    }
}

internal sealed class PointRulesWorkerDifferenceGraphType : ObjectGraphType<DryRunWorker>
{
    public PointRulesWorkerDifferenceGraphType()
    {
        Name = "PointRulesWorkerDifference";
        Field<NonNullGraphType<IdGraphType>>("workerId").Resolve(c => c.Source.WorkerId);
        Field(x => x.Current);
        Field(x => x.Proposed);
        Field(x => x.Difference);
    }
}
