using GraphQL;
using GraphQL.Types;
using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.GraphQL;

internal sealed class SchemeEligibilityRuleGraphType : ObjectGraphType<EligibilityRule>
{
    public SchemeEligibilityRuleGraphType()
    {
        Name = "SchemeEligibilityRule";
        Description = "One eligibility rule over the subject's facts in the round, e.g. points >= 300.";
        Field("rule", x => x.Text).Description("The rule as written.");
        Field(x => x.Because, nullable: true).Description("Why the scheme asks it, or null.");
    }
}

internal sealed class SchemeNominationPolicyGraphType : ObjectGraphType<NominationPolicy>
{
    public SchemeNominationPolicyGraphType()
    {
        Name = "SchemeNominationPolicy";
        Description = "Who may nominate: holders of these roles, within their scope, and the worker themself when self-nomination is allowed.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .WithComplexityImpact(1, SchemeGraphType.FewPerScheme)
            .Description("Role names (ProgrammeAdmin, EnterpriseAdmin, Secretary, ...).")
            .Resolve(c => c.Source.Roles.Select(r => r.ToString()));
        Field(x => x.SelfNomination);
    }
}

internal sealed class SchemeQuotaGraphType : ObjectGraphType<QuotaPolicy>
{
    public SchemeQuotaGraphType()
    {
        Name = "SchemeQuota";
        Description = "At most `limit` recommendations per `scope` in one round.";
        Field<NonNullGraphType<QuotaScopeGraphType>>("scope").Resolve(c => c.Source.Scope);
        Field(x => x.Limit);
    }
}

internal sealed class SchemeReviewPolicyGraphType : ObjectGraphType<ReviewPolicy>
{
    public SchemeReviewPolicyGraphType()
    {
        Name = "SchemeReviewPolicy";
        Description = "How a committee reviews: a conclusion needs max(minReviewers, ceil(quorum × members not recused)) reviews and passes at passThreshold.";
        Field(x => x.Committee).Description("The review committee's code.");
        Field<NonNullGraphType<ReviewModeGraphType>>("mode").Resolve(c => c.Source.Mode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SchemeRubricCriterionGraphType>>>>("rubric")
            .WithComplexityImpact(1, SchemeGraphType.FewPerScheme).Resolve(c => c.Source.Rubric);
        Field(x => x.MinReviewers);
        Field(x => x.Quorum).Description("Share of the members not recused who must review (0 to 1).");
        Field(x => x.PassThreshold).Description("Yes share and/or score share needed to pass (0 to 1).");
    }
}

internal sealed class SchemeRubricCriterionGraphType : ObjectGraphType<RubricCriterion>
{
    public SchemeRubricCriterionGraphType()
    {
        Name = "SchemeRubricCriterion";
        Description = "One criterion of the rubric, scored 0 to maxScore.";
        Field(x => x.Id);
        Field<NonNullGraphType<LocalizedNameGraphType>>("name").Resolve(c => c.Source.Name);
        Field(x => x.Weight).Description("Weight in the weighted mean.");
        Field(x => x.MaxScore);
    }
}

internal sealed class SchemeRewardGraphType : ObjectGraphType<RewardSpec>
{
    public SchemeRewardGraphType()
    {
        Name = "SchemeReward";
        Description = "One reward that comes with the honour.";
        Field<NonNullGraphType<RewardKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Amount).Description("Points for bonus points, yuan for a voucher or cash; 0 otherwise.");
        Field(x => x.Description, nullable: true).Description("What the worker is told; null for the kind's default text.");
    }
}
