using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Schemes;

/// <summary>
/// Turns a period label (<c>2026</c>, <c>2026-Q3</c>, <c>2026-07</c>) into its bounds in the
/// programme's time zone (<c>Recognition:TimeZone</c>, else <c>Points:TimeZone</c>, else Asia/Shanghai),
/// so a year of honours and a year of points begin at the same midnight.
/// </summary>
internal sealed partial class SchemePeriods(IConfiguration configuration, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(
        configuration["Recognition:TimeZone"] ?? configuration["Points:TimeZone"] ?? "Asia/Shanghai");

    public SchemePeriod Resolve(IHonourScheme scheme, string label)
    {
        var (year, first, months) = scheme.PeriodKind switch
        {
            SchemePeriodKind.Year when YearLabel().Match(label) is { Success: true } m => (Int(m, 1), 1, 12),
            SchemePeriodKind.Quarter when QuarterLabel().Match(label) is { Success: true } m => (Int(m, 1), (Int(m, 2) - 1) * 3 + 1, 3),
            SchemePeriodKind.Month when MonthLabel().Match(label) is { Success: true } m => (Int(m, 1), Int(m, 2), 1),
            _ => throw new PlatformException(ErrorCodes.Validation,
                $"Period '{label}' is not a {scheme.PeriodKind.ToString().ToLowerInvariant()} of scheme {scheme.Id}: write it as {Example(scheme.PeriodKind)}."),
        };
        var from = new DateTime(year, first, 1);
        return new SchemePeriod(label, Start(from), Start(from.AddMonths(months)));
    }

    /// <summary>The label of the period that contains now.</summary>
    public string Current(IHonourScheme scheme)
    {
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone);
        return scheme.PeriodKind switch
        {
            SchemePeriodKind.Year => local.Year.ToString(CultureInfo.InvariantCulture),
            SchemePeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{local.Year}-Q{(local.Month - 1) / 3 + 1}"),
            _ => local.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
    }

    private DateTimeOffset Start(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone), TimeSpan.Zero);

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Example(SchemePeriodKind kind) => kind switch
    {
        SchemePeriodKind.Year => "2026",
        SchemePeriodKind.Quarter => "2026-Q3",
        _ => "2026-07",
    };

    [GeneratedRegex(@"^(20\d\d)$")]
    private static partial Regex YearLabel();

    [GeneratedRegex(@"^(20\d\d)-Q([1-4])$")]
    private static partial Regex QuarterLabel();

    [GeneratedRegex(@"^(20\d\d)-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthLabel();
}
