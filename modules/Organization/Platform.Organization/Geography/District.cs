using JasperFx.Events;

namespace Platform.Organization.Geography;

/// <summary>A town or street (镇街), as its event stream makes it (inline snapshot).</summary>
internal sealed record District(Guid Id, string Name, DateTimeOffset CreatedAt)
{
    public int Version { get; set; }

    public static District Create(IEvent<DistrictRegistered> e) => new(e.Data.DistrictId, e.Data.Name, e.Timestamp);
}
