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
        Field(x => x.Awards).Description("How many entries the ledger has.");
        Field<NonNullGraphType<LedgerPageGraphType>>("entries")
            .Description("Newest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PointsReader>().EntriesAsync(
                c.Source.WorkerId, c.GetArgument<int>("first"), c.GetArgument<string?>("after"), c.CancellationToken));
    }
}
