namespace Platform.Recognition.Contracts;

/// <summary>What a reward gives.</summary>
public enum RewardKind
{
    /// <summary>Points written to the worker's ledger (amount: points); worker schemes only.</summary>
    BonusPoints,

    /// <summary>A voucher worth the amount in yuan, drawn on the scheme's yearly budget.</summary>
    Voucher,

    /// <summary>Cash in yuan, drawn on the scheme's yearly budget.</summary>
    Cash,

    /// <summary>Priority in skills rating (技能人才评定倾斜).</summary>
    SkillsRatingPriority,

    /// <summary>The honour's title with a certificate.</summary>
    Title,
}

/// <summary>One reward that comes with an honour.</summary>
/// <param name="Kind">What it gives.</param>
/// <param name="Amount">Points for bonus points, yuan for a voucher or cash; 0 otherwise.</param>
/// <param name="Description">What the worker is told, or null for the kind's default text.</param>
public sealed record RewardSpec(RewardKind Kind, decimal Amount, string? Description = null);

/// <summary>An awarded honour, as a reward policy sees it.</summary>
/// <param name="HonourId">The honour (also its nomination's id).</param>
/// <param name="SchemeId">The scheme.</param>
/// <param name="Period">The round of the scheme.</param>
/// <param name="Subject">Who was honoured.</param>
/// <param name="Facts">The subject's facts as eligibility saw them.</param>
public sealed record HonourContext(Guid HonourId, string SchemeId, string Period, SubjectRef Subject, SubjectFacts? Facts);

/// <summary>
/// Rewards decided in code (e.g. more bonus points for more verified reports). A scheme names a
/// policy by <see cref="Id"/>; its rewards come in addition to the scheme's own.
/// </summary>
public interface IRewardPolicy
{
    /// <summary>Stable id a scheme refers to.</summary>
    string Id { get; }

    /// <summary>The rewards for this honour (may be none).</summary>
    IReadOnlyList<RewardSpec> RewardsFor(HonourContext honour);
}
