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

/// <summary>Board keys: <c>city</c>, <c>district:{id}</c>, <c>sector:{Sector}</c>, <c>enterprise:{id}</c>, <c>branch:{id}</c>.</summary>
internal static class Board
{
    public const string City = "city";
    public const string DistrictPrefix = "district:";
    public const string SectorPrefix = "sector:";
    public const string EnterprisePrefix = "enterprise:";
    public const string BranchPrefix = "branch:";

    public static string District(Guid id) => $"{DistrictPrefix}{id}";

    public static string Sector(Sector sector) => $"{SectorPrefix}{sector}";

    /// <summary>
    /// Whether the board is loaded from its own entries and fold rows: only branches' and
    /// enterprises' boards are. Every award is earned in a branch, a branch's district and an
    /// enterprise's sectors are fixed when they are registered, so the city's board is made of all
    /// branches', a district's of its branches' and a sector's of its enterprises'
    /// (<see cref="BoardPlacement.StoredBoardsOfAsync"/>): their own rows would only repeat them.
    /// </summary>
    public static bool IsStored(string board) =>
        board.StartsWith(BranchPrefix, StringComparison.Ordinal) || board.StartsWith(EnterprisePrefix, StringComparison.Ordinal);

    public static string Enterprise(Guid id) => $"{EnterprisePrefix}{id}";

    public static string Branch(Guid id) => $"{BranchPrefix}{id}";

    /// <summary>The periods an award of a programme month ("2026-11") counts in: all time, its year, quarter and month.</summary>
    public static string[] PeriodsOf(string month)
    {
        var year = month[..4];
        var quarter = (int.Parse(month.AsSpan(5, 2), CultureInfo.InvariantCulture) + 2) / 3;
        return [Period.AllTime, year, $"{year}-Q{quarter}", month];
    }
}
