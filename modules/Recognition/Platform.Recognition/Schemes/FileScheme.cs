using Platform.Recognition.Contracts;

namespace Platform.Recognition.Schemes;

/// <summary>A scheme read from its file (src/Platform.Host/schemes/&lt;Id&gt;.yaml); its eligibility is the file's rules.</summary>
internal sealed record FileScheme(
    string Id,
    string Version,
    string File,
    LocalizedName Name,
    SubjectKind SubjectKind,
    SchemePeriodKind PeriodKind,
    IReadOnlyList<EligibilityRule> Rules,
    NominationPolicy Nomination,
    IReadOnlyList<QuotaPolicy> Quotas,
    ReviewPolicy Review,
    int NoticeDays,
    IReadOnlyList<RewardSpec> Rewards,
    string? RewardPolicyId) : IHonourScheme
{
    public EligibilityOutcome CheckEligibility(SubjectFacts facts) => new([.. Rules.Select(r => r.Check(facts))]);
}
