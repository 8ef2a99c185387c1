namespace Platform.Points.Ledger;

/// <summary>A worker's balance, kept inline with the ledger stream so a worker reads their own award at once.</summary>
internal sealed record PointsAccount(Guid Id, Guid WorkerId, int Balance, int Awards)
{
    public static PointsAccount Create(PointsAwarded e) => new(LedgerStream.For(e.WorkerId), e.WorkerId, e.Points, 1);

    public PointsAccount Apply(PointsAwarded e) => this with { Balance = Balance + e.Points, Awards = Awards + 1 };
}
