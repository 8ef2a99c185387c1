namespace Platform.Recognition.Committees;

internal sealed record CommitteeMember(Guid UserId, string Name, Guid? WorkerId, Guid? EnterpriseId, Guid? BranchId);

/// <summary>A review committee as its stream makes it (inline snapshot). Schemes name it by <see cref="Code"/>.</summary>
internal sealed record ReviewCommittee(Guid Id, string Code, string Name, IReadOnlyList<CommitteeMember> Members)
{
    public int Version { get; set; }

    public bool HasMember(Guid userId) => Members.Any(m => m.UserId == userId);

    public static ReviewCommittee Create(CommitteeFormed e) => new(e.CommitteeId, e.Code, e.Name, []);

    public ReviewCommittee Apply(CommitteeMemberAppointed e) =>
        this with { Members = [.. Members, new CommitteeMember(e.UserId, e.Name, e.WorkerId, e.EnterpriseId, e.BranchId)] };

    public ReviewCommittee Apply(CommitteeMemberRemoved e) => this with { Members = Members.Where(m => m.UserId != e.UserId).ToList() };
}
