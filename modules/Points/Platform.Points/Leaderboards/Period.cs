using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Kernel.Errors;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>Period keys as stored: <c>all</c>, <c>2026</c>, <c>2026-Q4</c>, <c>2026-11</c> (programme calendar).</summary>
internal static partial class Period
{
    public const string AllTime = "all";

    /// <summary>The key of a period of the kind: the given value checked, or the one containing today.</summary>
    public static string Of(PeriodKind kind, string? value, DateOnly today)
    {
        if (value is null)
        {
            return kind switch
            {
                PeriodKind.Month => today.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                PeriodKind.Quarter => $"{today.Year:D4}-Q{((today.Month - 1) / 3) + 1}",
                PeriodKind.Year => today.Year.ToString("D4", CultureInfo.InvariantCulture),
                _ => AllTime,
            };
        }
        var valid = kind switch
        {
            PeriodKind.Month => MonthPattern().IsMatch(value),
            PeriodKind.Quarter => QuarterPattern().IsMatch(value),
            PeriodKind.Year => YearPattern().IsMatch(value),
            _ => value == AllTime,
        };
        if (!valid)
        {
            var expected = kind switch
            {
                PeriodKind.Month => "a month like 2026-11",
                PeriodKind.Quarter => "a quarter like 2026-Q4",
                PeriodKind.Year => "a year like 2026",
                _ => "empty (or \"all\")",
            };
            throw PlatformException.Validation($"For {kind} the period value is {expected}.", "periodValue");
        }
        return value;
    }

    /// <summary>The first and last programme month ("2026-10", "2026-12") of a stored period key.</summary>
    public static (string From, string To) Months(string period)
    {
        if (period == AllTime) return ("0000-01", "9999-12");
        if (period.Length == 4) return ($"{period}-01", $"{period}-12");
        if (period[5] != 'Q') return (period, period);
        var last = (period[6] - '0') * 3;
        return ($"{period[..4]}-{last - 2:D2}", $"{period[..4]}-{last:D2}");
    }

    [GeneratedRegex(@"^(19|20)\d\d-(0[1-9]|1[0-2])\z", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(19|20)\d\d-Q[1-4]\z", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(19|20)\d\d\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
