namespace Platform.Points.Contracts;

/// <summary>Where an award's points come from.</summary>
public enum SourceKind
{
    /// <summary>Attendance at an activity.</summary>
    Activity,

    /// <summary>Verified grid work.</summary>
    GridTask,

    /// <summary>A verified report (tip-off).</summary>
    Report,

    /// <summary>A reward that comes with an honour.</summary>
    Reward,

    /// <summary>A correction by the programme office.</summary>
    Adjustment,

    /// <summary>The compensating entry that takes an earlier award back.</summary>
    Reversal,
}

/// <summary>Kinds of activity (GLOSSARY.md).</summary>
public enum ActivityType
{
    /// <summary>党员培训: training.</summary>
    Training,

    /// <summary>组织生活: branch meeting.</summary>
    BranchMeeting,

    /// <summary>主题党日: theme day.</summary>
    ThemeDay,

    /// <summary>技能培训: skills course.</summary>
    SkillsCourse,

    /// <summary>学历提升: education upgrade.</summary>
    EducationUpgrade,

    /// <summary>专送, 志愿服务: community service.</summary>
    CommunityService,
}
