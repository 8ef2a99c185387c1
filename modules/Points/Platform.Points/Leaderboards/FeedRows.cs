using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>An earning ledger event as it counts on one board: the board's feed row.</summary>
internal sealed record FeedRow(string Board, string Month, long Sequence, Guid WorkerId, int Points);

/// <summary>Which feed rows ledger changes give: one per board each earning change counts on (see <see cref="BoardPlacement"/>).</summary>
internal sealed class FeedRows(BoardPlacement placement)
{
    /// <summary>The rows of ledger changes, in sequence order.</summary>
    public async Task<List<FeedRow>> RowsOfAsync(IReadOnlyList<LedgerChange> changes, CancellationToken cancellationToken)
    {
        var earning = changes.Where(c => c.Points != 0).ToList();
        if (earning.Count == 0) return [];
        await placement.LearnAsync(earning.Select(c => c.BranchId), earning.Select(c => c.EnterpriseId).OfType<Guid>(), cancellationToken);
        return [.. earning.SelectMany(c => placement.BoardsOf(c.BranchId, c.EnterpriseId).Select(board => new FeedRow(board, c.Month, c.Sequence, c.WorkerId, c.Points)))];
    }
}
