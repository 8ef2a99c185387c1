namespace Platform.Points.Ledger;

/// <summary>
/// A worker's balance, overall, per category and per programme month, written by the ledger's group
/// commit with every batch (<see cref="AccountDeltas"/>) so a worker reads their own award at once.
/// Quarters and years are sums of months.
/// </summary>
internal sealed record PointsAccount(
    Guid Id, Guid WorkerId, int Balance, int Entries, Dictionary<string, int> ByCategory, Dictionary<string, int> ByMonth);
