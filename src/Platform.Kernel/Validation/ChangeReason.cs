using Platform.Kernel.Errors;

namespace Platform.Kernel.Validation;

/// <summary>Why a change is made: every change records it (append-only history), in every module alike.</summary>
public static class ChangeReason
{
    public const int MinLength = 2;
    public const int MaxLength = 500;

    /// <summary>The trimmed reason, or a VALIDATION error on the field <c>reason</c>.</summary>
    public static string Check(string? reason)
    {
        var trimmed = reason?.Trim() ?? "";
        return trimmed.Length is >= MinLength and <= MaxLength
            ? trimmed
            : throw PlatformException.Validation($"Say why, in {MinLength} to {MaxLength} characters.", "reason");
    }
}
