using Platform.Organization.Contracts;
using Platform.Recognition.Committees;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Nominations;

/// <summary>
/// The events that hand a nomination to a committee: every member, and a recusal for each member
/// who shares the subject's enterprise or branch (or is the subject), found from what the member
/// declared at appointment and, for a member who is a registered worker, from the registry now.
/// </summary>
internal sealed class CommitteeAssignment(IOrganizationDirectory directory)
{
    public async Task<IReadOnlyList<object>> EventsAsync(Guid nominationId, ReviewCommittee committee, SubjectFacts facts, CancellationToken cancellationToken)
    {
        var events = new List<object> { new CommitteeAssigned(nominationId, committee.Id, committee.Members.Select(m => m.UserId).ToList()) };
        foreach (var member in committee.Members)
            if (await ConflictAsync(member, facts, cancellationToken) is { } reason)
                events.Add(new MemberRecused(nominationId, member.UserId, reason, Automatic: true));
        return events;
    }

    private async Task<string?> ConflictAsync(CommitteeMember member, SubjectFacts facts, CancellationToken cancellationToken)
    {
        if (facts.Subject.Kind == SubjectKind.Worker && member.WorkerId == facts.Subject.Id) return "The member is the subject.";
        if (Shared(member.EnterpriseId, member.BranchId, facts) is { } declared) return declared;
        if (member.WorkerId is not { } workerId || await directory.FindWorkerAsync(workerId, cancellationToken) is not { } worker) return null;
        foreach (var enterprise in worker.EnterpriseIds)
            if (Shared(enterprise, null, facts) is { } reason) return reason;
        return Shared(null, worker.BranchId, facts);
    }

    private static string? Shared(Guid? enterpriseId, Guid? branchId, SubjectFacts facts)
    {
        if (enterpriseId is { } e && facts.EnterpriseIds.Contains(e)) return $"The member works for enterprise {e}, as the subject does.";
        if (branchId is { } b && facts.BranchId == b) return $"The member belongs to branch {b}, as the subject does.";
        return null;
    }
}
