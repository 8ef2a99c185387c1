namespace Platform.Points.Rules.DryRun;

/// <summary>One worker whose points in the period would change under the proposed rules.</summary>
internal sealed record DryRunWorker(Guid WorkerId, int Current, int Proposed, int Difference);

/// <summary>
/// What the proposed rules would have given in a past period, beside what was given: totals over
/// every entry, and the workers with a difference (largest first, at most <see cref="PointRulesDryRun.MaxWorkers"/>).
/// </summary>
internal sealed record DryRunResult(
    string Version, DateTimeOffset From, DateTimeOffset To, int Entries, int CurrentTotal, int ProposedTotal, int WorkersChanged,
    int EarnNothing, int Capped, IReadOnlyList<DryRunWorker> Workers)
{
    public int Difference => ProposedTotal - CurrentTotal;
}
