namespace Platform.Organization.Geography;

internal sealed record DistrictRegistered(Guid DistrictId, string Name);

internal sealed record CommunityRegistered(Guid CommunityId, string Name, Guid DistrictId);
