using Platform.Access.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Tests.Schemes;

/// <summary>
/// A scheme written in code: its eligibility weighs verified reports against grid work, which a
/// scheme file's comparisons cannot say. Proves <see cref="IHonourScheme"/> as an extension point.
/// </summary>
public sealed class NightOwlScheme : IHonourScheme
{
    public string Id => "NightOwl";

    public LocalizedName Name => new("夜行守护者", "Night Owl");

    public SubjectKind SubjectKind => SubjectKind.Worker;

    public SchemePeriodKind PeriodKind => SchemePeriodKind.Month;

    public NominationPolicy Nomination => new([Role.Secretary], SelfNomination: false);

    public IReadOnlyList<QuotaPolicy> Quotas => [new(QuotaScope.City, 1)];

    public ReviewPolicy Review => new("city-honours", ReviewMode.Vote, [], MinReviewers: 1, Quorum: 0.5, PassThreshold: 0.5);

    public int NoticeDays => 3;

    public IReadOnlyList<RewardSpec> Rewards => [new(RewardKind.BonusPoints, 50, "夜行守护积分")];

    public string? RewardPolicyId => null;

    public EligibilityOutcome CheckEligibility(SubjectFacts facts)
    {
        var weight = facts.VerifiedReports * 10 + facts.PointsByCategory.GetValueOrDefault("GridTask");
        return new EligibilityOutcome([new EligibilityCheck("verifiedReports × 10 + points.GridTask >= 100", weight >= 100, $"weight {weight}, 100 required")]);
    }
}
