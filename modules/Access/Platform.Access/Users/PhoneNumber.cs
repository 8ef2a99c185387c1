using System.Text.RegularExpressions;
using Platform.Kernel.Errors;

namespace Platform.Access.Users;

/// <summary>A mainland China mobile number, kept as its 11 digits.</summary>
internal static partial class PhoneNumber
{
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

    public static string Normalize(string? input, string field = "phone") =>
        TryNormalize(input, out var phone)
            ? phone
            : throw PlatformException.Validation("A phone number is 11 digits starting with 1 (a mainland mobile number).", field);

    [GeneratedRegex(@"[\s\-()]")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();
}
