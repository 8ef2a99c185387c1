using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

internal sealed record LeaderboardEntry(int Rank, Guid WorkerId, string DisplayName, int Score);

/// <summary>A board and period as the caller named them.</summary>
internal sealed record BoardQuery(LeaderboardScope Scope, string? ScopeId, PeriodKind Period, string? PeriodValue);

/// <summary>Boards for the people allowed to see them: input checked, access checked, names from the registry.</summary>
internal sealed class LeaderboardReader(
    LeaderboardQueries queries, LeaderboardAccess access, IOrganizationDirectory directory, IOrganizationRoster roster, ProgrammeCalendar calendar)
{
    public async Task<IReadOnlyList<LeaderboardEntry>> TopAsync(Actor actor, BoardQuery query, int first, CancellationToken cancellationToken)
    {
        if (first is < 1 or > LeaderboardQueries.MaxFirst)
            throw PlatformException.Validation($"first is between 1 and {LeaderboardQueries.MaxFirst}.", "first");
        var (board, period) = await OpenAsync(actor, query, cancellationToken);
        var rows = await queries.TopAsync(board.Key, period, first);
        if (rows.Count == 0) return [];

        var names = (await directory.FindWorkersAsync([.. rows.Select(r => r.WorkerId)], cancellationToken)).ToDictionary(w => w.WorkerId, w => w.Name);
        var seesNames = actor.IsInRole(Role.ProgrammeAdmin);
        return rows.Select(r =>
        {
            var name = names.GetValueOrDefault(r.WorkerId) ?? "";
            var own = actor.HasScope(Role.Worker, r.WorkerId.ToString());
            return new LeaderboardEntry(r.Rank, r.WorkerId, seesNames || own ? name : NameMask.Mask(name), r.Score);
        }).ToList();
    }

    /// <summary>The signed-in worker's place on a board they belong to; null when they have no points on it.</summary>
    public async Task<BoardRank?> MyRankAsync(Actor actor, BoardQuery query, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("The account is not linked to one worker.");
        var (board, period) = await OpenAsync(actor, query, cancellationToken);
        return await queries.RankAsync(board.Key, period, workerId);
    }

    private async Task<(BoardRef Board, string Period)> OpenAsync(Actor actor, BoardQuery query, CancellationToken cancellationToken)
    {
        var board = BoardRef.Parse(query.Scope, query.ScopeId);
        var period = Leaderboards.Period.Of(query.Period, query.PeriodValue, calendar.Today());
        if (!await access.SeesAsync(actor, board, cancellationToken))
            throw PlatformException.Forbidden("Only the board's own people and the programme office see it.");
        // Only the programme office can get this far with an id that names nothing: others are let in
        // by their membership of it.
        var exists = board.Scope switch
        {
            LeaderboardScope.Branch => await directory.FindBranchAsync(board.Id, cancellationToken) is not null,
            LeaderboardScope.Enterprise => await roster.FindEnterpriseAsync(board.Id, cancellationToken) is not null,
            LeaderboardScope.District => await directory.FindDistrictAsync(board.Id, cancellationToken) is not null,
            _ => true,
        };
        if (!exists) throw PlatformException.NotFound($"No {query.Scope} has id {board.Id}.");
        return (board, period);
    }
}
