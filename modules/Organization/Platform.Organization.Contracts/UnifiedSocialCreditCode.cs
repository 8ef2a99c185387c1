namespace Platform.Organization.Contracts;

/// <summary>
/// The check character of a unified social credit code (统一社会信用代码, GB 32100-2015): the
/// 18th character over the first 17, from a 31-character alphabet.
/// </summary>
public static class UnifiedSocialCreditCode
{
    /// <summary>The characters a code may use: digits and A–Y without I, O, S, V, Z.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>31 − (Σ value × weight mod 31), with 31 written as 0, over the first 17 characters.</summary>
    public static char CheckCharacter(string code)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++) sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        return Alphabet[(31 - sum % 31) % 31];
    }
}
