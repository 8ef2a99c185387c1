using GraphQL.Types;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.GraphQL;

internal sealed class SubjectKindGraphType : EnumerationGraphType<SubjectKind>
{
    public SubjectKindGraphType()
    {
        Name = "HonourSubjectKind";
        Description = "What a scheme honours: a worker, a branch, an enterprise or a warm station.";
    }
}

internal sealed class SchemePeriodKindGraphType : EnumerationGraphType<SchemePeriodKind>
{
    public SchemePeriodKindGraphType()
    {
        Name = "SchemePeriodKind";
        Description = "The length of one round of a scheme: labels 2026, 2026-Q3 or 2026-07.";
    }
}

internal sealed class ReviewModeGraphType : EnumerationGraphType<ReviewMode>
{
    public ReviewModeGraphType()
    {
        Name = "ReviewMode";
        Description = "How reviewers decide: votes, rubric scores, or both.";
    }
}

internal sealed class QuotaScopeGraphType : EnumerationGraphType<QuotaScope>
{
    public QuotaScopeGraphType()
    {
        Name = "QuotaScope";
        Description = "Where a quota of recommendations counts: the city, or per district, sector or enterprise.";
    }
}

internal sealed class RewardKindGraphType : EnumerationGraphType<RewardKind>
{
    public RewardKindGraphType()
    {
        Name = "RewardKind";
        Description = "What a reward gives: bonus points, a voucher, cash, priority in skills rating, or a title with a certificate.";
    }
}
