using System.Security.Cryptography;
using System.Text;

namespace Platform.Points.Ledger;

/// <summary>
/// Name-based ids (RFC 4122 version 5), the same on every host. Stream ids are shared by every
/// module's streams, and the registry already uses the worker id for the worker's own stream:
/// the ledger gets an id derived from it.
/// </summary>
internal static class LedgerStream
{
    private static readonly byte[] LedgerNamespace = Guid.Parse("5d1c2f7e-3b8a-4c0e-9f4a-6a0b1c2d3e4f").ToByteArray(bigEndian: true);
    private static readonly byte[] KeyNamespace = Guid.Parse("8e2a4b6c-1d3f-4a5b-8c7d-9e0f1a2b3c4d").ToByteArray(bigEndian: true);

    public static Guid For(Guid workerId) => NameBased(LedgerNamespace, workerId.ToByteArray(bigEndian: true));

    /// <summary>A stable id for a source that has only a key (an adjustment's idempotency key).</summary>
    public static Guid ForKey(string key) => NameBased(KeyNamespace, Encoding.UTF8.GetBytes(key));

    private static Guid NameBased(byte[] space, byte[] name)
    {
        var hash = SHA1.HashData([.. space, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
