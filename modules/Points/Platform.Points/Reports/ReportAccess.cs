using Platform.Access.Contracts;

namespace Platform.Points.Reports;

/// <summary>
/// Who may do what with reports. A reporter acts as their own worker id; a verifier for the
/// community ids they hold the role in; the programme office everywhere. Who filed a report is
/// seen by nobody else: reporters must not fear retaliation.
/// </summary>
internal static class ReportAccess
{
    /// <summary>Decisions are taken by the community's verifiers, or the programme office.</summary>
    public static bool Decides(Actor actor, Guid communityId) =>
        actor.IsInRole(Role.ProgrammeAdmin) || actor.HasScope(Role.Verifier, communityId.ToString());

    public static bool Sees(Actor actor, Report report) =>
        Decides(actor, report.CommunityId) || actor.HasScope(Role.Worker, report.WorkerId.ToString());
}
