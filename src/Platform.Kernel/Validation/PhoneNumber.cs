using System.Text.RegularExpressions;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Validation;

/// <summary>
/// A mainland China mobile number, kept as its 11 digits. Shared so that every module stores a
/// phone in one form: a worker's account finds the worker by it.
/// </summary>
public static partial class PhoneNumber
{
    public const string Rule = "A phone number is 11 digits starting with 1 (a mainland mobile number).";

    /// <summary>The 11 digits, with spaces, dashes, brackets and a +86/0086 prefix removed.</summary>
    public static bool TryNormalize(string? input, out string phone)
    {
        phone = "";
        if (string.IsNullOrWhiteSpace(input)) return false;
        var digits = SeparatorPattern().Replace(input.Trim(), "");
        if (digits.StartsWith("+86", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.StartsWith("0086", StringComparison.Ordinal)) digits = digits[4..];
        if (!MobilePattern().IsMatch(digits)) return false;
        phone = digits;
        return true;
    }

    /// <summary>The 11 digits, or a VALIDATION error naming the field.</summary>
    public static string Normalize(string? input, string field = "phone") =>
        TryNormalize(input, out var phone) ? phone : throw PlatformException.Validation(Rule, field);

    [GeneratedRegex(@"[\s\-()]")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();
}
