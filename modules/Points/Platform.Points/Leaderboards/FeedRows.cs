using JasperFx.Events;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>An earning ledger event as it counts on one board: the board's feed row.</summary>
internal sealed record FeedRow(string Board, string Month, long Sequence, Guid WorkerId, int Points);

/// <summary>Which feed rows ledger events give: one per board each earning event counts on (see <see cref="BoardPlacement"/>).</summary>
internal sealed class FeedRows(BoardPlacement placement, ProgrammeCalendar calendar)
{
    /// <summary>The rows of ledger events, in sequence order.</summary>
    public async Task<List<FeedRow>> RowsOfAsync(IReadOnlyList<IEvent> events, CancellationToken cancellationToken)
    {
        var awards = events.Select(e => Award.Of(e, calendar)).OfType<Award>().Where(a => a.Points != 0).ToList();
        if (awards.Count == 0) return [];
        await placement.LearnAsync(awards.Select(a => a.BranchId), awards.Select(a => a.EnterpriseId).OfType<Guid>(), cancellationToken);
        return [.. awards.SelectMany(a => placement.BoardsOf(a.BranchId, a.EnterpriseId).Select(board => new FeedRow(board, a.Month, a.Sequence, a.WorkerId, a.Points)))];
    }

    private sealed record Award(long Sequence, Guid WorkerId, int Points, Guid BranchId, Guid? EnterpriseId, string Month)
    {
        public static Award? Of(IEvent e, ProgrammeCalendar calendar) => e.Data switch
        {
            PointsAwarded a => new Award(e.Sequence, a.WorkerId, a.Points, a.BranchId, a.EnterpriseId, a.MonthIn(calendar)),
            PointsReversed r => new Award(e.Sequence, r.WorkerId, -r.Points, r.BranchId, r.EnterpriseId, r.Month),
            _ => null,
        };
    }
}
