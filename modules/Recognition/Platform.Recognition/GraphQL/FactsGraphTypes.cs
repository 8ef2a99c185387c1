using GraphQL.Types;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.GraphQL;

internal sealed class FactsPeriodGraphType : ObjectGraphType<SchemePeriod>
{
    public FactsPeriodGraphType()
    {
        Name = "FactsPeriod";
        Description = "One round of a scheme: its label and its bounds in the programme's time zone (to is exclusive).";
        Field(x => x.Label);
        Field(x => x.From);
        Field(x => x.To);
    }
}

internal sealed class FactsCategoryPointsGraphType : ObjectGraphType<KeyValuePair<string, int>>
{
    public FactsCategoryPointsGraphType()
    {
        Name = "FactsCategoryPoints";
        Field<NonNullGraphType<StringGraphType>>("category").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("points").Resolve(c => c.Source.Value);
    }
}

internal sealed class FactsGraphType : ObjectGraphType<SubjectFacts>
{
    public FactsGraphType()
    {
        Name = "SubjectFacts";
        Description = "What eligibility is judged on: a subject's facts for one period, from the registry, the points ledger and the sanctions.";
        Field<NonNullGraphType<SubjectKindGraphType>>("subjectKind").Resolve(c => c.Source.Subject.Kind);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.Subject.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<FactsPeriodGraphType>>("period").Resolve(c => c.Source.Period);
        Field(x => x.Points).Description("Points in the period (a branch's or an enterprise's: earned there by its workers).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactsCategoryPointsGraphType>>>>("pointsByCategory")
            .Resolve(c => c.Source.PointsByCategory.OrderBy(p => p.Key, StringComparer.Ordinal));
        Field(x => x.VerifiedReports).Description("Reports verified in the period whose verification stands (workers; 0 otherwise).");
        Field(x => x.Sanctions).Description("Sanctions in force at some time in the period.");
        Field(x => x.TenureMonths).Description("Whole months from registration to the end of the period.");
        Field(x => x.MemberStatus, nullable: true).Description("Always null: the registry keeps no member status.");
        Field<IdGraphType>("districtId").Resolve(c => c.Source.DistrictId);
        Field<IdGraphType>("branchId").Resolve(c => c.Source.BranchId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("enterpriseIds").Resolve(c => c.Source.EnterpriseIds);
        // The registry's own Sector enum, by name: Organization is always part of the host.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sectors")
            .Description("Sectors of the subject, as the registry names them (FOOD_DELIVERY, ...).")
            .Resolve(c => c.Source.Sectors.Select(SectorName));
    }

    private static string SectorName(Platform.Organization.Contracts.Sector sector) =>
        string.Concat(sector.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant();
}
