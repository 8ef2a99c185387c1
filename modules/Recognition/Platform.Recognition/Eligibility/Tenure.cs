using Microsoft.Extensions.Configuration;

namespace Platform.Recognition.Eligibility;

/// <summary>
/// Tenure in whole months from registration to the end of a period, on the programme's calendar
/// (the same time zone as scheme periods): registered 15 March, a year ending 1 January has 9 whole months.
/// </summary>
internal sealed class Tenure(IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(
        configuration["Recognition:TimeZone"] ?? configuration["Points:TimeZone"] ?? "Asia/Shanghai");

    public int WholeMonths(DateTimeOffset registeredAt, DateTimeOffset at) =>
        WholeMonths(TimeZoneInfo.ConvertTime(registeredAt, _zone).DateTime, TimeZoneInfo.ConvertTime(at, _zone).DateTime);

    public static int WholeMonths(DateTime start, DateTime end)
    {
        if (end <= start) return 0;
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        // A month is whole once the same day and time of the month has come round again.
        if (start.AddMonths(months) > end) months--;
        return Math.Max(0, months);
    }
}
