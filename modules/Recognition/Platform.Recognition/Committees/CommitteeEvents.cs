namespace Platform.Recognition.Committees;

internal sealed record CommitteeFormed(Guid CommitteeId, string Code, string Name);

/// <summary>
/// The member's enterprise and branch, where they have one, are what recusal compares with a
/// subject's; a member who is also a registered worker brings the worker's own too.
/// </summary>
internal sealed record CommitteeMemberAppointed(Guid CommitteeId, Guid UserId, string Name, Guid? WorkerId, Guid? EnterpriseId, Guid? BranchId);

internal sealed record CommitteeMemberRemoved(Guid CommitteeId, Guid UserId);
