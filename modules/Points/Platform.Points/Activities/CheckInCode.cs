using System.Security.Cryptography;

namespace Platform.Points.Activities;

/// <summary>Codes a worker types or scans: short, upper case, no look-alike characters.</summary>
internal static class CheckInCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 6;

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();
}
