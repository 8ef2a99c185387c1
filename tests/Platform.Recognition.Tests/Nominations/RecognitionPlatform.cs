using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Recognition.Contracts;
using Platform.Testing;

namespace Platform.Recognition.Tests.Nominations;

/// <summary>
/// The platform with the schemes these tests use, written in code. A notice day lasts
/// <see cref="NoticeDay"/>, so a one-day notice ends while a test watches and a thirty-day one does not.
/// </summary>
public sealed class RecognitionPlatform : TestPlatform
{
    public static readonly TimeSpan NoticeDay = TimeSpan.FromSeconds(8);

    /// <summary>Worker honour, voting, committee code test-votes, one-day notice.</summary>
    public const string Rider = "CodeRider";

    /// <summary>Worker honour, scored and voted, thirty-day notice (ends after the tests).</summary>
    public const string LongNotice = "CodeLongNotice";

    /// <summary>Worker honour nobody with fewer than a million points meets.</summary>
    public const string Unreachable = "CodeUnreachable";

    /// <summary>Worker honour with a city-wide quota of one.</summary>
    public const string OnlyOne = "CodeOnlyOne";

    /// <summary>Worker honour with a city-wide quota of one and a quorum of one review, so the office can close many reviews at once.</summary>
    public const string Race = "CodeQuotaRace";

    /// <summary>Worker honour, one-day notice, with 50 bonus points and a title.</summary>
    public const string Bonus = "CodeBonus";

    /// <summary>Worker honour nominated by the verifiers of the worker's grid community.</summary>
    public const string Volunteer = "CodeVolunteer";

    /// <summary>Enterprise honour, nominated by the programme office.</summary>
    public const string Enterprise = "CodeEnterprise";

    public const string Committee = "test-votes";

    private Task<NominationWorld>? _world;

    /// <summary>The registry and committee the tests share, built at first use (tests of a class run one at a time).</summary>
    public Task<NominationWorld> WorldAsync() => _world ??= NominationWorld.CreateAsync(Client);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Recognition:Notice:DayLength"] = NoticeDay.ToString(),
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IHonourScheme>(new CodeScheme(Rider, SubjectKind.Worker, CodeScheme.Voting(Committee)));
        services.AddSingleton<IHonourScheme>(new CodeScheme(LongNotice, SubjectKind.Worker, CodeScheme.Scoring(Committee), noticeDays: 30));
        services.AddSingleton<IHonourScheme>(new CodeScheme(Unreachable, SubjectKind.Worker, CodeScheme.Voting(Committee), minimumPoints: 1_000_000));
        services.AddSingleton<IHonourScheme>(new CodeScheme(OnlyOne, SubjectKind.Worker, CodeScheme.Voting(Committee), noticeDays: 30,
            quotas: [new QuotaPolicy(QuotaScope.City, 1)]));
        services.AddSingleton<IHonourScheme>(new CodeScheme(Race, SubjectKind.Worker, CodeScheme.Voting(Committee, minReviewers: 1, quorum: 0), noticeDays: 30,
            quotas: [new QuotaPolicy(QuotaScope.City, 1)]));
        services.AddSingleton<IHonourScheme>(new CodeScheme(Bonus, SubjectKind.Worker, CodeScheme.Voting(Committee),
            rewards: [new RewardSpec(RewardKind.BonusPoints, 50), new RewardSpec(RewardKind.Title, 0)]));
        services.AddSingleton<IHonourScheme>(new CodeScheme(Volunteer, SubjectKind.Worker, CodeScheme.Voting(Committee), nominators: [Role.Verifier]));
        services.AddSingleton<IHonourScheme>(new CodeScheme(Enterprise, SubjectKind.Enterprise, CodeScheme.Voting(Committee), nominators: [Role.ProgrammeAdmin]));
    }
}
