using Platform.Organization.Contracts;

namespace Platform.Organization.Branches;

internal sealed record BranchRegistered(Guid BranchId, string Name, BranchKind Kind, Guid DistrictId, Guid? EnterpriseId);
