using System.Security.Cryptography;
using System.Text;

namespace Platform.Recognition.Nominations;

internal sealed record QuotaPlaceTaken(string Key, Guid NominationId);

internal sealed record QuotaPlaceReleased(string Key, Guid NominationId);

/// <summary>
/// The recommendations holding places of one quota (scheme, period, scope and its value), as its
/// stream makes it. The stream id comes from the key so every host finds the same stream.
/// </summary>
internal sealed record QuotaPlaces(Guid Id, string Key, IReadOnlyList<Guid> Holders)
{
    public int Version { get; set; }

    public static QuotaPlaces Create(QuotaPlaceTaken e) => new(StreamIdOf(e.Key), e.Key, [e.NominationId]);

    public QuotaPlaces Apply(QuotaPlaceTaken e) => this with { Holders = [.. Holders, e.NominationId] };

    public QuotaPlaces Apply(QuotaPlaceReleased e) => this with { Holders = Holders.Where(h => h != e.NominationId).ToList() };

    public static Guid StreamIdOf(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("recognition-quota:" + key));
        return new Guid(hash.AsSpan(0, 16));
    }
}
