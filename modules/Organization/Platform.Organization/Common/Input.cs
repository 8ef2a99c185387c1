using Platform.Kernel.Errors;

namespace Platform.Organization.Common;

/// <summary>Checks on what callers send, each failing with the field it concerns.</summary>
internal static class Input
{
    /// <summary>A display name: trimmed, inner runs of white space made one space, no control characters.</summary>
    public static string Text(string? value, string field, int maxLength, string what = "A name")
    {
        var text = Tidy(value);
        if (text.Length < 1 || text.Length > maxLength)
            throw PlatformException.Validation($"{what} has 1 to {maxLength} characters.", field);
        if (text.Any(char.IsControl))
            throw PlatformException.Validation($"{what} has no control characters.", field);
        return text;
    }

    public static string Tidy(string? value) =>
        string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string? SearchTerm(string? search) => string.IsNullOrWhiteSpace(search) ? null : search.Trim();

    public static IReadOnlyList<T> NonEmptySet<T>(IEnumerable<T>? values, string field, string message)
        where T : struct, Enum
    {
        var list = (values ?? []).Distinct().Order().ToList();
        if (list.Count == 0 || list.Any(v => !Enum.IsDefined(v))) throw PlatformException.Validation(message, field);
        return list;
    }
}
