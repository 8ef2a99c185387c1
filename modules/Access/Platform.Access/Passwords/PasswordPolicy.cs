using System.Security.Cryptography;
using Platform.Kernel.Errors;

namespace Platform.Access.Passwords;

internal static class PasswordPolicy
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 128;

    public static void Check(string? password, string field = "password")
    {
        if (password is null || password.Length < MinimumLength || password.Length > MaximumLength)
            throw PlatformException.Validation($"A password has {MinimumLength} to {MaximumLength} characters.", field);
        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
            throw PlatformException.Validation("A password has at least one letter and one digit.", field);
    }

    /// <summary>A password for one use, given to a person who must change it at first sign-in.</summary>
    public static string OneTime()
    {
        // No look-alikes (0/O, 1/l/I): it is read from a log or a screen and typed by hand.
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        var chars = RandomNumberGenerator.GetItems<char>(letters + digits, 12);
        chars[RandomNumberGenerator.GetInt32(12)] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[RandomNumberGenerator.GetInt32(12)] = letters[RandomNumberGenerator.GetInt32(letters.Length)];
        var text = new string(chars);
        return text.Any(char.IsDigit) && text.Any(char.IsLetter) ? text : OneTime();
    }
}
