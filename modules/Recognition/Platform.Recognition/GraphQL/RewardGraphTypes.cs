using GraphQL.Types;
using Platform.Recognition.Contracts;
using Platform.Recognition.Rewards;

namespace Platform.Recognition.GraphQL;

internal sealed class RewardStatusGraphType : EnumerationGraphType<RewardStatus>
{
    public RewardStatusGraphType()
    {
        Name = "RewardStatus";
        Description = "GRANTED, then DELIVERED; REFUSED (see refusalCode); CANCELLED or REVERSED (bonus points) when the honour was revoked first; REVOKED_AFTER_DELIVERY when it was revoked later.";
    }
}

// Whoever may select a Reward may read all of it: the fields that return one check who sees the honour.
internal sealed class RewardGraphType : ObjectGraphType<Reward>
{
    public RewardGraphType()
    {
        Name = "Reward";
        Description = "A reward that comes with an honour (奖励), and its history from granted to delivered.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("honourId").Description("The honour (also its nomination's id).").Resolve(c => c.Source.HonourId);
        Field(x => x.Index).Description("Its place among the honour's rewards: the scheme's first, then the reward policy's.");
        Field(x => x.SchemeId);
        Field(x => x.Period);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The honoured worker, branch or enterprise.").Resolve(c => c.Source.SubjectId);
        Field(x => x.SubjectName);
        Field<NonNullGraphType<RewardKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Points for bonus points, yuan for a voucher or cash, 0 otherwise.").Resolve(c => c.Source.Amount);
        Field(x => x.Description);
        Field(x => x.BudgetYear, nullable: true).Description("The year of the scheme's budget a voucher or cash draws on.");
        Field(x => x.CertificateNumber).Description("The honour's certificate.");
        Field<NonNullGraphType<RewardStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.RefusalCode, nullable: true).Description("Why it was refused: BUDGET_EXHAUSTED, NOT_APPLICABLE (bonus points for a branch or enterprise), INVALID_AMOUNT.");
        Field<StringGraphType>("sourceKey")
            .Description("For bonus points, the key of their entry in the worker's ledger.")
            .Resolve(c => c.Source.Kind == RewardKind.BonusPoints ? c.Source.SourceKey : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RewardStepGraphType>>>>("history")
            .Description("Every step, oldest first: who, when, why.")
            .Resolve(c => c.Source.History);
    }
}

internal sealed class RewardStepGraphType : ObjectGraphType<RewardStep>
{
    public RewardStepGraphType()
    {
        Name = "RewardStep";
        Description = "One step of a reward's history.";
        Field<NonNullGraphType<RewardStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.By, nullable: true).Description("The user id of who did it (for an automatic step, who made the honour event it follows).");
        Field(x => x.At);
        Field(x => x.Reason);
    }
}
