using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Kernel.Errors;
using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

internal enum PeriodKind
{
    Month,
    Quarter,
    Year,
    AllTime,
}

/// <summary>Periods as the programme counts them: calendar months in its own time zone.</summary>
internal sealed class ProgrammeCalendar(IOptions<PointsOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The programme's time zone, as PostgreSQL names it too (an IANA id).</summary>
    public string TimeZoneId => _zone.Id;

    /// <summary>The programme month ("2026-11") in which a moment falls.</summary>
    public string MonthOf(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, _zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The programme month it is now.</summary>
    public string ThisMonth() => MonthOf(clock.GetUtcNow());

    /// <summary>
    /// The cap period a moment falls in, as a key: "2026-11-27" (day), "2026-11-23/W" (the week's
    /// Monday) or "2026-11" (month). Awards with the same cap key and period key share one cap.
    /// </summary>
    public string CapPeriodOf(CapPeriod period, DateTimeOffset moment)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, _zone).DateTime);
        return period switch
        {
            CapPeriod.Day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CapPeriod.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/W",
            CapPeriod.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown cap period."),
        };
    }

    /// <summary>The programme's wall-clock time at a moment (night and holidays are judged by it).</summary>
    public DateTime LocalOf(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone).DateTime;

    /// <summary>The moment a programme day begins (its midnight in the programme time zone).</summary>
    public DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), _zone), TimeSpan.Zero);

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).DateTime);

    /// <summary>The months of the period around a day; null for all time.</summary>
    public static IReadOnlySet<string>? MonthsOf(PeriodKind kind, DateOnly day)
    {
        var first = kind switch
        {
            PeriodKind.Month => new DateOnly(day.Year, day.Month, 1),
            PeriodKind.Quarter => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
            PeriodKind.Year => new DateOnly(day.Year, 1, 1),
            PeriodKind.AllTime => (DateOnly?)null,
            _ => throw PlatformException.Validation("Unknown period.", "period"),
        };
        if (first is null) return null;
        var count = kind switch { PeriodKind.Month => 1, PeriodKind.Quarter => 3, _ => 12 };
        return Enumerable.Range(0, count).Select(i => first.Value.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToHashSet();
    }
}
