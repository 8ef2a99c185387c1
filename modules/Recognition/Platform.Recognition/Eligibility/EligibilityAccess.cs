using Platform.Access.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Eligibility;

/// <summary>
/// Who may see a subject's facts and eligibility: the programme office; a worker themself, their
/// branch's secretary and their enterprises' admins; a branch's secretary; an enterprise's admins.
/// </summary>
internal static class EligibilityAccess
{
    public static bool Sees(Actor actor, SubjectRecord subject)
    {
        if (actor.IsInRole(Role.ProgrammeAdmin)) return true;
        var id = subject.Subject.Id.ToString();
        return subject.Subject.Kind switch
        {
            SubjectKind.Worker => actor.HasScope(Role.Worker, id)
                || (subject.BranchId is { } branch && actor.HasScope(Role.Secretary, branch.ToString()))
                || subject.EnterpriseIds.Any(e => actor.HasScope(Role.EnterpriseAdmin, e.ToString())),
            SubjectKind.Branch => actor.HasScope(Role.Secretary, id),
            SubjectKind.Enterprise => actor.HasScope(Role.EnterpriseAdmin, id),
            _ => false,
        };
    }
}
