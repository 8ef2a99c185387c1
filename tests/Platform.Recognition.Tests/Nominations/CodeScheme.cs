using Platform.Access.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Tests.Nominations;

/// <summary>A scheme written in code (the IHonourScheme extension point), so these tests set their own rules and committee.</summary>
internal sealed class CodeScheme(
    string id, SubjectKind subjectKind, ReviewPolicy review, int minimumPoints = 0, IReadOnlyList<QuotaPolicy>? quotas = null,
    int noticeDays = 1, IReadOnlyList<Role>? nominators = null, IReadOnlyList<RewardSpec>? rewards = null) : IHonourScheme
{
    public string Id => id;
    public LocalizedName Name => new($"测试荣誉{id}", $"Test honour {id}");
    public SubjectKind SubjectKind => subjectKind;
    public SchemePeriodKind PeriodKind => SchemePeriodKind.Year;
    public NominationPolicy Nomination => new(nominators ?? [Role.Secretary, Role.EnterpriseAdmin, Role.ProgrammeAdmin], SelfNomination: false);
    public IReadOnlyList<QuotaPolicy> Quotas => quotas ?? [];
    public ReviewPolicy Review => review;
    public int NoticeDays => noticeDays;
    public IReadOnlyList<RewardSpec> Rewards => rewards ?? [];
    public string? RewardPolicyId => null;

    public EligibilityOutcome CheckEligibility(SubjectFacts facts) => new(
    [
        new EligibilityCheck($"points >= {minimumPoints}", facts.Points >= minimumPoints,
            facts.Points >= minimumPoints ? $"points {facts.Points} ≥ {minimumPoints}" : $"points {facts.Points} < {minimumPoints} required"),
        new EligibilityCheck("sanctions == 0", facts.Sanctions == 0, $"sanctions {facts.Sanctions}"),
    ]);

    public static ReviewPolicy Voting(string committee, int minReviewers = 2, double quorum = 0.5, double threshold = 0.5) =>
        new(committee, ReviewMode.Vote, [], minReviewers, quorum, threshold);

    public static ReviewPolicy Scoring(string committee, int minReviewers = 2) => new(committee, ReviewMode.ScoreAndVote,
        [
            new RubricCriterion("service", new LocalizedName("服务", "Service"), 2, 10),
            new RubricCriterion("governance", new LocalizedName("治理", "Governance"), 1, 10),
        ], minReviewers, 0.5, 0.6);
}
