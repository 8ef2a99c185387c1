using System.ComponentModel;

namespace Platform.Points.Reports;

/// <summary>What a report (有奖举报) is about; each category has its own point rule (<c>category:</c> in the rules file).</summary>
internal enum ReportCategory
{
    [Description("交通安全: traffic hazards and violations.")]
    Traffic,

    [Description("消防安全: fire hazards.")]
    Fire,

    [Description("食品安全: food safety.")]
    FoodSafety,

    [Description("禁毒: drugs.")]
    Drugs,

    [Description("治安: public order.")]
    PublicOrder,

    [Description("平台违规: a platform breaking the rules.")]
    PlatformViolation,
}

/// <summary>Where a report stands. Only a verified report earns; an overturned one has given its points back.</summary>
internal enum ReportStatus
{
    [Description("Waiting for the community's verifier.")]
    Submitted,

    [Description("A verifier is looking into it.")]
    InReview,

    [Description("Verified; it earned its points.")]
    Verified,

    [Description("Not verified; it earns nothing.")]
    Rejected,

    [Description("Verified, then overturned: its points were taken back.")]
    Overturned,
}

/// <summary>The programme's own words for each category, shown to workers in their points history.</summary>
internal static class ReportLabels
{
    public static string Chinese(ReportCategory category) => category switch
    {
        ReportCategory.Traffic => "交通安全",
        ReportCategory.Fire => "消防安全",
        ReportCategory.FoodSafety => "食品安全",
        ReportCategory.Drugs => "禁毒",
        ReportCategory.PublicOrder => "治安",
        ReportCategory.PlatformViolation => "平台违规",
        _ => category.ToString(),
    };
}
