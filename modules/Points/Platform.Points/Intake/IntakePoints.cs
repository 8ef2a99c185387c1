using Platform.Points.Contracts;

namespace Platform.Points.Intake;

internal sealed record IntakeRule(int Points, AppliedRule? Rule, AwardCap? Cap, IReadOnlyList<string>? Flags);

/// <summary>Points for a reported attendance. Interim: replaced by the point rules file when it lands.</summary>
internal sealed class IntakePoints
{
    public IntakeRule For(ActivityType type, DateTimeOffset occurredAt) => new(type switch
    {
        ActivityType.Training or ActivityType.SkillsCourse => 10,
        ActivityType.EducationUpgrade => 20,
        _ => 5,
    }, new AppliedRule($"activity.{type}", "interim"), null, null);
}
