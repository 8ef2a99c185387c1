using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Recognition.Contracts;
using Platform.Testing;

namespace Platform.Recognition.Tests.Rewards;

/// <summary>A scheme written in code, as a programme could add one: rewards and the policy are what these tests vary.</summary>
internal sealed class CodeScheme(string id, SubjectKind subject, IReadOnlyList<RewardSpec> rewards, string? policy = null) : IHonourScheme
{
    public string Id => id;
    public LocalizedName Name => new($"测试荣誉{id}", $"Test honour {id}");
    public SubjectKind SubjectKind => subject;
    public SchemePeriodKind PeriodKind => SchemePeriodKind.Year;
    public NominationPolicy Nomination => new([Role.ProgrammeAdmin], SelfNomination: false);
    public IReadOnlyList<QuotaPolicy> Quotas => [];
    public ReviewPolicy Review => new("test-committee", ReviewMode.Vote, [], 1, 0.5, 0.5);
    public int NoticeDays => 7;
    public IReadOnlyList<RewardSpec> Rewards => rewards;
    public string? RewardPolicyId => policy;
    public EligibilityOutcome CheckEligibility(SubjectFacts facts) => new([]);
}

/// <summary>A reward policy written in code: 5 more bonus points for each report verified in the period.</summary>
internal sealed class ReportsBonusPolicy : IRewardPolicy
{
    public string Id => "reports-bonus";

    public IReadOnlyList<RewardSpec> RewardsFor(HonourContext honour) =>
        honour.Facts is { VerifiedReports: > 0 } facts ? [new RewardSpec(RewardKind.BonusPoints, 5 * facts.VerifiedReports, "有奖举报加分")] : [];
}

/// <summary>The platform with the test schemes and the policy registered, as a programme's own code would be.</summary>
public sealed class RewardsPlatform : TestPlatform
{
    public const string WorkerScheme = "RewardsTestWorker";
    public const string CashScheme = "RewardsTestCash";
    public const string EnterpriseScheme = "RewardsTestEnterprise";

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IRewardPolicy, ReportsBonusPolicy>();
        services.AddSingleton<IHonourScheme>(new CodeScheme(WorkerScheme, SubjectKind.Worker,
        [
            new(RewardKind.BonusPoints, 50), new(RewardKind.Voucher, 300), new(RewardKind.Title, 0), new(RewardKind.SkillsRatingPriority, 0),
        ], "reports-bonus"));
        services.AddSingleton<IHonourScheme>(new CodeScheme(CashScheme, SubjectKind.Worker, [new(RewardKind.Cash, 100, "先锋奖金")]));
        services.AddSingleton<IHonourScheme>(new CodeScheme(EnterpriseScheme, SubjectKind.Enterprise,
        [
            new(RewardKind.Title, 0), new(RewardKind.Cash, 500), new(RewardKind.BonusPoints, 10),
        ]));
    }
}
