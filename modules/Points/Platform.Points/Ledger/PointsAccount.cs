namespace Platform.Points.Ledger;

/// <summary>
/// A worker's balance, overall, per category and per programme month, kept inline with the ledger
/// stream so a worker reads their own award at once. Quarters and years are sums of months.
/// </summary>
internal sealed record PointsAccount(
    Guid Id, Guid WorkerId, int Balance, int Entries, Dictionary<string, int> ByCategory, Dictionary<string, int> ByMonth)
{
    public static PointsAccount Create(PointsAwarded e) =>
        new PointsAccount(LedgerStream.For(e.WorkerId), e.WorkerId, 0, 0, [], []).Apply(e);

    public PointsAccount Apply(PointsAwarded e) => Add(e.Points, e.Category, e.Month);

    public PointsAccount Apply(PointsReversed e) => Add(-e.Points, e.Category, e.Month);

    private PointsAccount Add(int points, string category, string month)
    {
        var byCategory = new Dictionary<string, int>(ByCategory);
        byCategory[category] = byCategory.GetValueOrDefault(category) + points;
        var byMonth = new Dictionary<string, int>(ByMonth);
        byMonth[month] = byMonth.GetValueOrDefault(month) + points;
        return this with { Balance = Balance + points, Entries = Entries + 1, ByCategory = byCategory, ByMonth = byMonth };
    }
}
