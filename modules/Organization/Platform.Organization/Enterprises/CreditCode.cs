using Platform.Kernel.Errors;
using Platform.Organization.Contracts;

namespace Platform.Organization.Enterprises;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-letter
/// alphabet, the last a check character over the first 17, so a mistyped code is caught at entry.
/// </summary>
internal static class CreditCode
{
    public const int Length = 18;
    private const string Alphabet = UnifiedSocialCreditCode.Alphabet;

    public static string Normalize(string? input, string field = "creditCode")
    {
        var code = (input ?? "").Trim().ToUpperInvariant();
        if (code.Length != Length)
            throw PlatformException.Validation($"A unified social credit code has {Length} characters.", field);
        if (code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
            throw PlatformException.Validation(
                "A unified social credit code uses only digits and the letters A-Y without I, O, S, V and Z.", field);
        if (code[^1] != CheckCharacter(code))
            throw PlatformException.Validation("The unified social credit code's check character is wrong: is it mistyped?", field);
        return code;
    }

    public static bool IsValid(string? input)
    {
        try
        {
            Normalize(input);
            return true;
        }
        catch (PlatformException)
        {
            return false;
        }
    }

    public static char CheckCharacter(string code) => UnifiedSocialCreditCode.CheckCharacter(code);
}
