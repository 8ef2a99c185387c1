using System.Globalization;
using Platform.Organization.Contracts;

namespace Platform.Points.Leaderboards;

internal enum LeaderboardScope
{
    City,
    District,
    Sector,
    Enterprise,
    Branch,
}

/// <summary>Board keys as stored: <c>city</c>, <c>district:{id}</c>, <c>sector:{Sector}</c>, <c>enterprise:{id}</c>, <c>branch:{id}</c>.</summary>
internal static class Board
{
    public const string City = "city";

    public static string District(Guid id) => $"district:{id}";

    public static string Sector(Sector sector) => $"sector:{sector}";

    public static string Enterprise(Guid id) => $"enterprise:{id}";

    public static string Branch(Guid id) => $"branch:{id}";

    /// <summary>The periods an award of a programme month ("2026-11") counts in: all time, its year, quarter and month.</summary>
    public static string[] PeriodsOf(string month)
    {
        var year = month[..4];
        var quarter = (int.Parse(month.AsSpan(5, 2), CultureInfo.InvariantCulture) + 2) / 3;
        return [Period.AllTime, year, $"{year}-Q{quarter}", month];
    }
}
