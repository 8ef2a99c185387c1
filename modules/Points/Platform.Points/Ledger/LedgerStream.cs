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

    /// <summary>Names up to this many bytes are hashed from the stack; longer keys get an array.</summary>
    private const int StackName = 512;

    public static Guid For(Guid workerId)
    {
        Span<byte> name = stackalloc byte[16];
        workerId.TryWriteBytes(name, bigEndian: true, out _);
        return NameBased(LedgerNamespace, name);
    }

    /// <summary>
    /// The ledger stream of each worker, each hashed once: a commit's statements both need them,
    /// and a hash is a call into the platform's crypto library.
    /// </summary>
    public static Dictionary<Guid, Guid> ForWorkers(IEnumerable<Guid> workerIds)
    {
        var streams = new Dictionary<Guid, Guid>();
        foreach (var workerId in workerIds)
            if (!streams.ContainsKey(workerId)) streams[workerId] = For(workerId);
        return streams;
    }

    /// <summary>A stable id for a source that has only a key (an adjustment's idempotency key).</summary>
    public static Guid ForKey(string key)
    {
        var length = Encoding.UTF8.GetByteCount(key);
        Span<byte> name = length <= StackName ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(key, name);
        return NameBased(KeyNamespace, name);
    }

    private static Guid NameBased(ReadOnlySpan<byte> space, ReadOnlySpan<byte> name)
    {
        var length = space.Length + name.Length;
        Span<byte> input = name.Length <= StackName ? stackalloc byte[length] : new byte[length];
        space.CopyTo(input);
        name.CopyTo(input[space.Length..]);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
