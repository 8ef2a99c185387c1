using Platform.Access.Contracts;

namespace Platform.Recognition.Contracts;

/// <summary>
/// An honour scheme (pioneer rider, model worker, ...): who may be nominated and by whom, how the
/// committee reviews, how long the result is on public notice and what rewards come with it.
/// Most schemes are data (one file each); a scheme written in code implements this and is
/// registered as a singleton <see cref="IHonourScheme"/>.
/// </summary>
public interface IHonourScheme
{
    /// <summary>Stable id, e.g. <c>PioneerRider</c>.</summary>
    string Id { get; }

    /// <summary>Display name in Chinese and English.</summary>
    LocalizedName Name { get; }

    /// <summary>What the scheme honours.</summary>
    SubjectKind SubjectKind { get; }

    /// <summary>The period one round of the scheme covers; a nomination names one (e.g. <c>2026</c>, <c>2026-Q3</c>).</summary>
    SchemePeriodKind PeriodKind { get; }

    /// <summary>Who may nominate.</summary>
    NominationPolicy Nomination { get; }

    /// <summary>Most recommendations per district, sector or enterprise in one period (none: no limit).</summary>
    IReadOnlyList<QuotaPolicy> Quotas { get; }

    /// <summary>How the committee reviews.</summary>
    ReviewPolicy Review { get; }

    /// <summary>Days the recommendation stays on public notice for objections.</summary>
    int NoticeDays { get; }

    /// <summary>Rewards that come with the honour.</summary>
    IReadOnlyList<RewardSpec> Rewards { get; }

    /// <summary>An <see cref="IRewardPolicy"/> whose rewards come in addition to <see cref="Rewards"/>, or null.</summary>
    string? RewardPolicyId { get; }

    /// <summary>Checks the subject's facts for the period: every rule, passed or not, with its reason.</summary>
    EligibilityOutcome CheckEligibility(SubjectFacts facts);
}

/// <summary>The length of one round of a scheme.</summary>
public enum SchemePeriodKind
{
    /// <summary>A calendar year in the programme's time zone: <c>2026</c>.</summary>
    Year,

    /// <summary>A quarter: <c>2026-Q3</c>.</summary>
    Quarter,

    /// <summary>A month: <c>2026-07</c>.</summary>
    Month,
}

/// <summary>Who may nominate: users holding one of the roles (within their scope), and the subject itself when allowed.</summary>
/// <param name="Roles">Roles that may nominate.</param>
/// <param name="SelfNomination">Whether a worker may nominate themself (worker schemes).</param>
public sealed record NominationPolicy(IReadOnlyList<Role> Roles, bool SelfNomination);

/// <summary>Where a quota counts.</summary>
public enum QuotaScope
{
    /// <summary>The whole city.</summary>
    City,

    /// <summary>Per district of the subject.</summary>
    District,

    /// <summary>Per sector of the subject.</summary>
    Sector,

    /// <summary>Per enterprise of the subject.</summary>
    Enterprise,
}

/// <summary>At most <paramref name="Limit"/> recommendations per <paramref name="Scope"/> in one period.</summary>
/// <param name="Scope">Where the quota counts.</param>
/// <param name="Limit">Most recommendations there.</param>
public sealed record QuotaPolicy(QuotaScope Scope, int Limit);

/// <summary>How reviewers decide.</summary>
public enum ReviewMode
{
    /// <summary>Each reviewer votes yes or no.</summary>
    Vote,

    /// <summary>Each reviewer scores every rubric criterion.</summary>
    Score,

    /// <summary>Each reviewer scores and votes; both must pass.</summary>
    ScoreAndVote,
}

/// <summary>One criterion of a scheme's rubric, scored 0 to <paramref name="MaxScore"/>.</summary>
/// <param name="Id">Stable id within the scheme.</param>
/// <param name="Name">Display name.</param>
/// <param name="Weight">Weight in the weighted mean (positive).</param>
/// <param name="MaxScore">Highest score.</param>
public sealed record RubricCriterion(string Id, LocalizedName Name, double Weight, int MaxScore);

/// <summary>
/// How a committee reviews a scheme's nominations. A conclusion needs at least
/// max(<paramref name="MinReviewers"/>, ceil(<paramref name="Quorum"/> × members not recused)) reviews;
/// it passes when the yes share (votes) and/or the weighted mean score as a share of the maximum
/// reaches <paramref name="PassThreshold"/>.
/// </summary>
/// <param name="Committee">The code of the review committee that reviews the scheme.</param>
/// <param name="Mode">Votes, scores or both.</param>
/// <param name="Rubric">Criteria to score (empty for votes only).</param>
/// <param name="MinReviewers">Fewest reviews for a conclusion.</param>
/// <param name="Quorum">Share of the members not recused who must review (0 to 1).</param>
/// <param name="PassThreshold">Share needed to pass (0 to 1).</param>
public sealed record ReviewPolicy(string Committee, ReviewMode Mode, IReadOnlyList<RubricCriterion> Rubric, int MinReviewers, double Quorum, double PassThreshold);
