using GraphQL.Types;
using Platform.Points.Ledger;

namespace Platform.Points.GraphQL;

internal sealed class LedgerEntryGraphType : ObjectGraphType<LedgerEntry>
{
    public LedgerEntryGraphType()
    {
        Name = "LedgerEntry";
        Description = "Points awarded for one source, and where they came from.";
        Field<NonNullGraphType<StringGraphType>>("sourceKey").Description("Identifies the source; it is counted once.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("workerId").Resolve(c => c.Source.WorkerId);
        Field<NonNullGraphType<SourceKindGraphType>>("source").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("sourceId").Description("The activity, grid task or report.").Resolve(c => c.Source.SourceId);
        Field(x => x.Points);
        Field(x => x.Reason);
        Field(x => x.Category);
        Field(x => x.OccurredAt).Description("When the source happened.");
        Field(x => x.AwardedAt);
        Field(x => x.Month, nullable: true).Description("The programme month the source happened in (yyyy-MM).");
        Field(x => x.ReversalOf, nullable: true).Description("For a reversal: the source key of the award it takes back.");
        Field<StringGraphType>("rule").Description("The point rule that set the points (null for adjustments and older awards).").Resolve(c => c.Source.Rule?.RuleId);
        Field<StringGraphType>("ruleVersion").Description("The version of the rules file that rule was in.").Resolve(c => c.Source.Rule?.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("flags")
            .Description("The facts that held when the source happened: night, holiday, severeWeather, duplicate.")
            .Resolve(c => c.Source.Flags ?? []);
    }
}

internal sealed class LedgerPageGraphType : ObjectGraphType<LedgerPage>
{
    public LedgerPageGraphType()
    {
        Name = "LedgerPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerEntryGraphType>>>>("items").Resolve(c => c.Source.Items);
        Field(x => x.NextCursor, nullable: true);
    }
}
