using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Ledger;

namespace Platform.Points.GraphQL;

internal sealed class PointsAccountGraphType : ObjectGraphType<PointsView>
{
    public PointsAccountGraphType()
    {
        Name = "PointsAccount";
        Description = "A worker's points: the balance and every entry behind it.";
        Field<NonNullGraphType<IdGraphType>>("workerId").Resolve(c => c.Source.WorkerId);
        Field(x => x.Balance).Description("The sum of the ledger.");
        Field<NonNullGraphType<IntGraphType>>("awards").Description("How many entries the ledger has (awards, adjustments, reversals).").Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryPointsGraphType>>>>("byCategory")
            .Description("Points per category (activity type, grid task kind, report category, adjustment).")
            .Resolve(c => c.Source.ByCategory.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CategoryPoints(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<IntGraphType>>("inPeriod")
            .Description("Points of sources that happened in the period around the day (the programme's time zone; default today).")
            .Argument<NonNullGraphType<PeriodKindGraphType>>("period")
            .Argument<DateOnlyGraphType>("on")
            .Resolve(c => c.Source.InPeriod(c.GetArgument<PeriodKind>("period"),
                c.GetArgument<DateOnly?>("on") ?? c.RequestServices!.GetRequiredService<ProgrammeCalendar>().Today()));
        Field<NonNullGraphType<LedgerPageGraphType>>("entries")
            .Description("Newest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PointsReader>().EntriesAsync(
                c.Source.WorkerId, c.GetArgument<int>("first"), c.GetArgument<string?>("after"), c.CancellationToken));
    }
}

internal sealed record CategoryPoints(string Category, int Points);

internal sealed class CategoryPointsGraphType : ObjectGraphType<CategoryPoints>
{
    public CategoryPointsGraphType()
    {
        Name = "CategoryPoints";
        Field(x => x.Category);
        Field(x => x.Points);
    }
}

internal sealed class PeriodKindGraphType : EnumerationGraphType<PeriodKind>
{
    public PeriodKindGraphType() => Name = "PointsPeriod";
}
