using System.Security.Cryptography;
using System.Text;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Stream ids derived from what they are about, so every host, every redelivery and every retry
/// names the same stream: a reward is started once per honour and index, a budget once per scheme
/// and year (a second start collides in the database).
/// </summary>
internal static class RewardIds
{
    public static Guid Reward(Guid honourId, int index) => Named($"recognition-reward:{honourId:N}:{index}");

    public static Guid Budget(string schemeId, int year) => Named($"recognition-budget:{schemeId}:{year}");

    /// <summary>The ledger key of a bonus-points reward (the Points contract's idempotency key).</summary>
    public static string SourceKey(Guid honourId, int index) => $"honour:{honourId}:{index}";

    // A name-based UUID (RFC 9562 layout, from a SHA-256 of the name): stable, and never a random clash.
    private static Guid Named(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
