using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>An earning ledger change as it counts on one board.</summary>
internal sealed record PlacedChange(string Board, string Month, long Sequence, Guid WorkerId, int Points);

/// <summary>Which boards ledger changes count on: every board each earning change counts on (see <see cref="BoardPlacement"/>).</summary>
internal sealed class ChangePlacement(BoardPlacement placement)
{
    /// <summary>The placed changes of ledger changes, in sequence order.</summary>
    public async Task<List<PlacedChange>> PlaceAsync(IReadOnlyList<LedgerChange> changes, CancellationToken cancellationToken)
    {
        var earning = changes.Where(c => c.Points != 0).ToList();
        if (earning.Count == 0) return [];
        await placement.LearnAsync(earning.Select(c => c.BranchId), earning.Select(c => c.EnterpriseId).OfType<Guid>(), cancellationToken);
        return [.. earning.SelectMany(c => placement.BoardsOf(c.BranchId, c.EnterpriseId).Select(board => new PlacedChange(board, c.Month, c.Sequence, c.WorkerId, c.Points)))];
    }
}
