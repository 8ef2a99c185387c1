using Platform.Organization.Contracts;

namespace Platform.Organization.Enterprises;

internal sealed record EnterpriseRegistered(Guid EnterpriseId, string Name, string CreditCode, IReadOnlyList<Sector> Sectors);

internal sealed record OutletAdded(Guid OutletId, string Name, Guid DistrictId, string Address);
