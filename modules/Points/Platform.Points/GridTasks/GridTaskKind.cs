using System.ComponentModel;

namespace Platform.Points.GridTasks;

/// <summary>The kinds of grid work (网格工作) a grid volunteer does; each earns its own points.</summary>
internal enum GridTaskKind
{
    [Description("巡查: a patrol of the community.")]
    Patrol,

    [Description("隐患排查: a check for hazards.")]
    HazardCheck,

    [Description("帮扶: help given to residents.")]
    ResidentHelp,
}

/// <summary>Where a grid task stands: only a submitted task may be decided, once.</summary>
internal enum GridTaskStatus
{
    [Description("Waiting for the community's verifier.")]
    Submitted,

    [Description("Verified; it earned its points.")]
    Accepted,

    [Description("Not verified; it earns nothing.")]
    Rejected,
}
