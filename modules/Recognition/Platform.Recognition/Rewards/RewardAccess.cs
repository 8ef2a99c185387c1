using Platform.Access.Contracts;
using Platform.Organization.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Who may see and deliver rewards. The programme office everything. An honour's rewards are also
/// seen by the honoured worker, by the admins of the worker's enterprises, and by the admin of an
/// honoured enterprise. An enterprise admin confirms delivery of its own enterprise's title and
/// skills-rating rewards (it holds the plaque); vouchers and cash are paid from the programme's
/// budget, so only the programme office marks them delivered.
/// </summary>
internal static class RewardAccess
{
    public static async Task<bool> SeesAsync(Actor actor, SubjectRef subject, IOrganizationDirectory directory, CancellationToken cancellationToken)
    {
        if (actor.IsInRole(Role.ProgrammeAdmin)) return true;
        switch (subject.Kind)
        {
            case SubjectKind.Worker when actor.WorkerId == subject.Id:
                return true;
            case SubjectKind.Worker when actor.IsInRole(Role.EnterpriseAdmin):
                var worker = await directory.FindWorkerAsync(subject.Id, cancellationToken);
                return worker is not null && worker.EnterpriseIds.Any(e => actor.HasScope(Role.EnterpriseAdmin, e.ToString()));
            case SubjectKind.Enterprise:
                return actor.HasScope(Role.EnterpriseAdmin, subject.Id.ToString());
            default:
                return false;
        }
    }

    public static bool Delivers(Actor actor, Reward reward) =>
        actor.IsInRole(Role.ProgrammeAdmin)
        || (reward is { SubjectKind: SubjectKind.Enterprise, Kind: RewardKind.Title or RewardKind.SkillsRatingPriority }
            && actor.HasScope(Role.EnterpriseAdmin, reward.SubjectId.ToString()));
}
