using System.Globalization;
using Platform.Kernel.Errors;

namespace Platform.Points.Activities;

/// <summary>What a worker's phone scans or the worker types: the bare code, or the QR payload that carries it.</summary>
internal sealed record CheckInToken(string Code, Guid? ActivityId);

/// <summary>
/// The QR payload of an activity's check-in: <c>jufeng://check-in?code=…&amp;activity=…&amp;expires=…</c>. The
/// app renders it as a QR code. Nothing in it is trusted: the server finds the activity by the code
/// and checks the time itself; the activity id only guards against a code that was reissued.
/// </summary>
internal static class CheckInQr
{
    public const string Prefix = "jufeng://check-in?";
    private const int MaxLength = 300;

    public static string PayloadOf(Activity activity) =>
        $"{Prefix}code={activity.CheckInCode}&activity={activity.Id:D}&expires="
        + Uri.EscapeDataString(activity.CheckInClosesAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public static CheckInToken Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length > MaxLength) throw Malformed("A check-in code or QR payload is at most 300 characters.");
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return Bare(text);

        string? code = null;
        Guid? activity = null;
        foreach (var pair in text[Prefix.Length..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = at < 0 ? (pair, "") : (pair[..at], Uri.UnescapeDataString(pair[(at + 1)..]));
            if (key == "code") code = value;
            else if (key == "activity")
                activity = Guid.TryParse(value, out var id) ? id : throw Malformed("The QR payload names an activity that is not an id.");
        }
        return code is null ? throw Malformed("The QR payload has no code.") : Bare(code) with { ActivityId = activity };
    }

    private static CheckInToken Bare(string code)
    {
        var normalized = CheckInCode.Normalize(code);
        return normalized.Length == CheckInCode.Length
            ? new CheckInToken(normalized, null)
            : throw Malformed($"A check-in code has {CheckInCode.Length} characters.");
    }

    private static PlatformException Malformed(string message) =>
        new(ErrorCodes.Validation, message, new Dictionary<string, object?> { ["field"] = "code", ["reason"] = "MALFORMED" });
}
