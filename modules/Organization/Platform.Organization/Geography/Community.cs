using JasperFx.Events;

namespace Platform.Organization.Geography;

/// <summary>A village or community (村/社区) in a district: where grid volunteers serve.</summary>
internal sealed record Community(Guid Id, string Name, Guid DistrictId, DateTimeOffset CreatedAt)
{
    public int Version { get; set; }

    public static Community Create(IEvent<CommunityRegistered> e) =>
        new(e.Data.CommunityId, e.Data.Name, e.Data.DistrictId, e.Timestamp);
}
