using System.Globalization;
using Microsoft.Extensions.Configuration;
using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Rewards;

/// <summary>One reward of an honour as planned: its index (the key with the honour's id) and what it gives.</summary>
internal sealed record PlannedReward(int Index, RewardKind Kind, decimal Amount, string Description);

/// <summary>
/// What an honour's rewards are: the scheme's own, in the scheme's order, then those of the named
/// <see cref="IRewardPolicy"/>. They are decided once, when the honour is first granted, and kept
/// on the rewards' streams: a scheme changed later does not change an honour already awarded.
/// </summary>
internal sealed class RewardPlan(SchemeCatalog schemes, IEnumerable<IRewardPolicy> policies, IConfiguration configuration)
{
    private readonly IReadOnlyDictionary<string, IRewardPolicy> _policies = policies.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(
        configuration["Recognition:TimeZone"] ?? configuration["Points:TimeZone"] ?? "Asia/Shanghai");

    /// <summary>The scheme names whose policy is not registered: the host refuses to start with any.</summary>
    public IReadOnlyList<string> MissingPolicies() =>
        [.. schemes.All.Where(s => s.RewardPolicyId is { } id && !_policies.ContainsKey(id)).Select(s => $"{s.Id} names reward policy '{s.RewardPolicyId}'")];

    public LocalizedName SchemeName(string schemeId) => schemes.Find(schemeId)?.Name ?? new LocalizedName(schemeId, schemeId);

    public IReadOnlyList<PlannedReward> For(HonourAwarded honour, SubjectFacts? facts)
    {
        // A scheme removed from the files since the award: its honour keeps its certificate, with no rewards to decide.
        if (schemes.Find(honour.SchemeId) is not { } scheme) return [];
        var specs = scheme.Rewards.ToList();
        if (scheme.RewardPolicyId is { } policyId && _policies.TryGetValue(policyId, out var policy))
            specs.AddRange(policy.RewardsFor(new HonourContext(honour.NominationId, honour.SchemeId, honour.Period, honour.Subject, facts)));
        return [.. specs.Select((s, i) => new PlannedReward(i, s.Kind, s.Amount, s.Description ?? DefaultText(s, scheme, honour.CertificateNumber)))];
    }

    /// <summary>
    /// The budget year: the year of the honour's period (a 2026 round is paid from the 2026 budget,
    /// even when its public notice ends in January 2027), or, for a label without one, the award's
    /// year in the programme's time zone.
    /// </summary>
    public int BudgetYear(HonourAwarded honour) =>
        honour.Period.Length >= 4 && int.TryParse(honour.Period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : TimeZoneInfo.ConvertTime(honour.AwardedAt, _zone).Year;

    private static string DefaultText(RewardSpec spec, IHonourScheme scheme, string certificate) => spec.Kind switch
    {
        RewardKind.BonusPoints => string.Create(CultureInfo.InvariantCulture, $"荣誉积分 {spec.Amount:0} 分 (bonus points)"),
        RewardKind.Voucher => string.Create(CultureInfo.InvariantCulture, $"慰问券 {spec.Amount:0.##} 元 (voucher)"),
        RewardKind.Cash => string.Create(CultureInfo.InvariantCulture, $"奖金 {spec.Amount:0.##} 元 (cash)"),
        RewardKind.SkillsRatingPriority => "技能人才评定倾斜 (priority in skills rating)",
        _ => $"荣誉称号「{scheme.Name.Zh}」及证书 {certificate} (title with certificate)",
    };
}
