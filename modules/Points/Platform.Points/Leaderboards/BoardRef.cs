using Platform.Kernel.Errors;
using Platform.Organization.Contracts;

namespace Platform.Points.Leaderboards;

/// <summary>A board as asked for: its scope and the id within it (a sector for sector boards).</summary>
internal sealed record BoardRef(LeaderboardScope Scope, Guid Id, Sector Sector)
{
    public string Key => Scope switch
    {
        LeaderboardScope.City => Board.City,
        LeaderboardScope.District => Board.District(Id),
        LeaderboardScope.Sector => Board.Sector(Sector),
        LeaderboardScope.Enterprise => Board.Enterprise(Id),
        _ => Board.Branch(Id),
    };

    /// <summary>Reads the scope id: none for the city, a sector name (FOOD_DELIVERY) for a sector, else an id.</summary>
    public static BoardRef Parse(LeaderboardScope scope, string? scopeId)
    {
        if (scope == LeaderboardScope.City)
        {
            return scopeId is null
                ? new BoardRef(scope, Guid.Empty, default)
                : throw PlatformException.Validation("The city board takes no scopeId.", "scopeId");
        }
        if (string.IsNullOrWhiteSpace(scopeId)) throw PlatformException.Validation($"A {scope} board needs a scopeId.", "scopeId");
        if (scope == LeaderboardScope.Sector)
        {
            return Enum.TryParse<Sector>(scopeId.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var sector)
                   && Enum.IsDefined(sector)
                ? new BoardRef(scope, Guid.Empty, sector)
                : throw PlatformException.Validation($"No sector is called '{scopeId}'.", "scopeId");
        }
        return Guid.TryParse(scopeId, out var id)
            ? new BoardRef(scope, id, default)
            : throw PlatformException.Validation("scopeId is not a valid id.", "scopeId");
    }
}
