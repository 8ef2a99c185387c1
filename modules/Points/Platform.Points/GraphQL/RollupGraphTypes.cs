using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Points.Ledger;
using Platform.Points.Rollups;

namespace Platform.Points.GraphQL;

internal sealed class TotalsGraphType : ObjectGraphType<PointsView>
{
    public TotalsGraphType()
    {
        Name = "PointsTotals";
        Description = "A branch's or an enterprise's points, summed from its members' ledgers (caught up shortly after each award).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.WorkerId);
        Field(x => x.Balance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryPointsGraphType>>>>("byCategory")
            .Resolve(c => c.Source.ByCategory.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CategoryPoints(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<IntGraphType>>("inPeriod")
            .Argument<NonNullGraphType<PeriodKindGraphType>>("period")
            .Argument<DateOnlyGraphType>("on")
            .Resolve(c => c.Source.InPeriod(c.GetArgument<PeriodKind>("period"),
                c.GetArgument<DateOnly?>("on") ?? c.RequestServices!.GetRequiredService<ProgrammeCalendar>().Today()));
    }
}

internal sealed class DifferenceGraphType : ObjectGraphType<Difference>
{
    public DifferenceGraphType()
    {
        Name = "ReconciliationDifference";
        Field(x => x.Scope).Description("WORKER (balance), BRANCH or ENTERPRISE (total), or LEADERBOARD (the worker's all-time city score).");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Ledger).Description("The sum of the ledger entries.");
        Field(x => x.Recorded).Description("The balance or total on record.");
    }
}

internal sealed class ReconciliationGraphType : ObjectGraphType<ReconciliationReport>
{
    public ReconciliationGraphType()
    {
        Name = "Reconciliation";
        Field(x => x.Workers);
        Field(x => x.Branches);
        Field(x => x.Enterprises);
        Field(x => x.Clean).Description("True when nothing differs.");
        Field(x => x.DifferenceCount).Description("How many differ; at most the first 1,000 are listed.");
        Field(x => x.Pending).Description(
            "Ledger events the totals and boards had not counted yet. Each total and board is compared with the ledger up to the last event it counted, so a figure that is only behind is not a difference.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DifferenceGraphType>>>>("differences").Resolve(c => c.Source.Differences);
    }
}

internal static class RollupFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<TotalsGraphType>>("branchPoints")
            .Description("A branch's points: the branch's secretary and the programme office.")
            .AllowRoles(Role.ProgrammeAdmin, Role.Secretary)
            .Argument<NonNullGraphType<IdGraphType>>("branchId")
            .ResolveAsync(async c => await Reader(c).BranchAsync(c.RequireActor(), c.GetArgument<Guid>("branchId"), c.CancellationToken));

        query.Field<NonNullGraphType<TotalsGraphType>>("enterprisePoints")
            .Description("An enterprise's points: its admins and the programme office.")
            .AllowRoles(Role.ProgrammeAdmin, Role.EnterpriseAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("enterpriseId")
            .ResolveAsync(async c => await Reader(c).EnterpriseAsync(c.RequireActor(), c.GetArgument<Guid>("enterpriseId")));

        query.Field<NonNullGraphType<ReconciliationGraphType>>("reconciliation")
            .Description("Proves that every balance, total and city score equals the sum of its ledger entries (totals and scores up to what they have counted), and lists any difference.")
            .AllowRoles(Role.ProgrammeAdmin)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<Reconciliation>().RunAsync(c.CancellationToken));
    }

    private static RollupReader Reader(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RollupReader>();
}
