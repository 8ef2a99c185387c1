using Platform.Organization.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Eligibility;

/// <summary>A subject as the registry knows it: what facts, access and candidates need of it.</summary>
internal sealed record SubjectRecord(
    SubjectRef Subject, string Name, DateTimeOffset RegisteredAt, Guid? DistrictId, Guid? BranchId,
    IReadOnlyList<Guid> EnterpriseIds, IReadOnlyList<Sector> Sectors);
