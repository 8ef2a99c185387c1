using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.GraphQL;

internal sealed class SchemeGraphType : ObjectGraphType<IHonourScheme>
{
    // A scheme's lists are short and in memory; the default guess of 5 items each would make listing
    // every scheme with its rules and rubric look too complex to run.
    public const double FewPerScheme = 3;

    public SchemeGraphType()
    {
        Name = "HonourScheme";
        Description = "An honour scheme: whom it honours, who may nominate, how the committee reviews, the public notice and the rewards.";
        Field(x => x.Id).Description("Stable id, e.g. PioneerRider.");
        Field<StringGraphType>("version").Description("The scheme file's version; null for a scheme written in code.")
            .Resolve(c => (c.Source as FileScheme)?.Version);
        Field<NonNullGraphType<BooleanGraphType>>("definedInCode").Description("Written in code (IHonourScheme) rather than in a scheme file.")
            .Resolve(c => c.Source is not FileScheme);
        Field<NonNullGraphType<LocalizedNameGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<SubjectKindGraphType>>("subjectKind").Description("What it honours.").Resolve(c => c.Source.SubjectKind);
        Field<NonNullGraphType<SchemePeriodKindGraphType>>("periodKind").Description("The length of one round.").Resolve(c => c.Source.PeriodKind);
        Field<NonNullGraphType<StringGraphType>>("currentPeriod").Description("The label of the round that contains today, in programme time (2026, 2026-Q3 or 2026-07).")
            .Resolve(c => c.RequestServices!.GetRequiredService<SchemePeriods>().Current(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchemeEligibilityRuleGraphType>>>>("eligibility")
            .WithComplexityImpact(1, FewPerScheme)
            .Description("The rules every subject must meet, as the scheme file states them; empty for a scheme written in code, which checks in code.")
            .Resolve(c => (c.Source as FileScheme)?.Rules ?? []);
        Field<NonNullGraphType<SchemeNominationPolicyGraphType>>("nomination").Description("Who may nominate.").Resolve(c => c.Source.Nomination);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchemeQuotaGraphType>>>>("quotas")
            .WithComplexityImpact(1, FewPerScheme)
            .Description("Most recommendations per city, district, sector or enterprise in one round; empty: no limit.").Resolve(c => c.Source.Quotas);
        Field<NonNullGraphType<SchemeReviewPolicyGraphType>>("review").Description("How the committee reviews.").Resolve(c => c.Source.Review);
        Field(x => x.NoticeDays).Description("Days a recommendation stays on public notice for objections.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchemeRewardGraphType>>>>("rewards")
            .WithComplexityImpact(1, FewPerScheme)
            .Description("The rewards that come with the honour.").Resolve(c => c.Source.Rewards);
        Field(x => x.RewardPolicyId, nullable: true).Description("A reward policy (written in code) whose rewards come in addition, or null.");
    }
}
