using GraphQL.Types;
using Platform.Recognition.Rewards;

namespace Platform.Recognition.GraphQL;

internal sealed class RewardBudgetGraphType : ObjectGraphType<BudgetView>
{
    public RewardBudgetGraphType()
    {
        Name = "RewardBudget";
        Description = "A scheme's yearly budget for vouchers and cash (yuan). It is never overspent: committed never exceeds amount.";
        Field(x => x.SchemeId);
        Field<NonNullGraphType<StringGraphType>>("schemeName").Description("Chinese.").Resolve(c => c.Source.SchemeName.Zh);
        Field<NonNullGraphType<StringGraphType>>("schemeNameEn").Resolve(c => c.Source.SchemeName.En);
        Field(x => x.Year);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("The budget as last set (0 when never set).").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<DecimalGraphType>>("committed").Description("What granted rewards draw on it, delivered or not.").Resolve(c => c.Source.Committed);
        Field<NonNullGraphType<DecimalGraphType>>("delivered").Description("The part of committed already delivered.").Resolve(c => c.Source.Delivered);
        Field<NonNullGraphType<DecimalGraphType>>("remaining").Description("amount − committed: what new grants may still draw.").Resolve(c => c.Source.Remaining);
        Field(x => x.Refused).Description("Vouchers and cash refused with BUDGET_EXHAUSTED.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetChangeGraphType>>>>("changes")
            .Description("Every setting of the amount, oldest first.")
            .Resolve(c => c.Source.Changes);
    }
}

internal sealed class BudgetChangeGraphType : ObjectGraphType<BudgetChange>
{
    public BudgetChangeGraphType()
    {
        Name = "RewardBudgetChange";
        Description = "One setting of a budget: from previous to amount, who, when, why.";
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<DecimalGraphType>>("previous").Resolve(c => c.Source.Previous);
        Field(x => x.By, nullable: true).Description("The user id of who set it.");
        Field(x => x.At);
        Field(x => x.Reason);
    }
}
