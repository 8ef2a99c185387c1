using Platform.Access.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Tests.Eligibility;

/// <summary>
/// Schemes written in code (<see cref="IHonourScheme"/>), so these tests do not depend on the scheme
/// files: each rule reads one fact and says why with the value it saw.
/// </summary>
internal sealed class CodeScheme(
    string id, SubjectKind kind, SchemePeriodKind period, int minPoints, IReadOnlyList<Role> nominators) : IHonourScheme
{
    public static readonly Role[] Nominators = [Role.ProgrammeAdmin, Role.Secretary, Role.EnterpriseAdmin];

    public string Id => id;

    public LocalizedName Name => new($"测试{id}", id);

    public SubjectKind SubjectKind => kind;

    public SchemePeriodKind PeriodKind => period;

    public NominationPolicy Nomination => new(nominators, SelfNomination: false);

    public IReadOnlyList<QuotaPolicy> Quotas => [];

    public ReviewPolicy Review => new("test-committee", ReviewMode.Vote, [], 1, 0.5, 0.5);

    public int NoticeDays => 7;

    public IReadOnlyList<RewardSpec> Rewards => [];

    public string? RewardPolicyId => null;

    public EligibilityOutcome CheckEligibility(SubjectFacts facts) => new(
    [
        new EligibilityCheck($"points >= {minPoints}", facts.Points >= minPoints, $"points {facts.Points} {(facts.Points >= minPoints ? ">=" : "<")} {minPoints}"),
        new EligibilityCheck("sanctions == 0", facts.Sanctions == 0, $"sanctions in force {facts.Sanctions}"),
        new EligibilityCheck("tenureMonths >= 0", facts.TenureMonths >= 0, $"tenure {facts.TenureMonths} months"),
    ]);

    public static IEnumerable<IHonourScheme> All() =>
    [
        new CodeScheme("TestRider", SubjectKind.Worker, SchemePeriodKind.Year, 20, Nominators),
        new CodeScheme("TestMonthly", SubjectKind.Worker, SchemePeriodKind.Month, 1, Nominators),
        new CodeScheme("TestBranch", SubjectKind.Branch, SchemePeriodKind.Year, 10, Nominators),
        new CodeScheme("TestEnterprise", SubjectKind.Enterprise, SchemePeriodKind.Quarter, 10, Nominators),
        new CodeScheme("TestAdminOnly", SubjectKind.Worker, SchemePeriodKind.Year, 0, [Role.ProgrammeAdmin]),
        new CodeScheme("TestStation", SubjectKind.WarmStation, SchemePeriodKind.Year, 0, Nominators),
    ];
}
