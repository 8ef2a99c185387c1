using System.Security.Cryptography;

namespace Platform.Points.Ledger;

/// <summary>
/// The id of a worker's ledger stream. Stream ids are shared by every module's streams, and the
/// registry already uses the worker id for the worker's own stream: the ledger gets a name-based
/// id derived from it (RFC 4122 version 5), the same on every host.
/// </summary>
internal static class LedgerStream
{
    private static readonly byte[] Namespace = Guid.Parse("5d1c2f7e-3b8a-4c0e-9f4a-6a0b1c2d3e4f").ToByteArray(bigEndian: true);

    public static Guid For(Guid workerId)
    {
        var name = workerId.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. Namespace, .. name]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
