using Marten;
using Platform.Kernel.Errors;

namespace Platform.Recognition.Rewards;

/// <summary>Public verification of a certificate by its number: anyone, signed in or not.</summary>
internal sealed class CertificateReader(IQuerySession session)
{
    public const int MaxNumberLength = 64;

    /// <summary>The certificate, or null when no honour has this number.</summary>
    public async Task<Certificate?> ByNumberAsync(string? number, CancellationToken cancellationToken)
    {
        var trimmed = number?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxNumberLength)
            throw PlatformException.Validation($"A certificate number is 1 to {MaxNumberLength} characters.", "number");
        return await session.Query<Certificate>().FirstOrDefaultAsync(c => c.Number == trimmed, cancellationToken);
    }
}
