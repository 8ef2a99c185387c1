namespace Platform.Points.Contracts;

/// <summary>
/// The ledger's followers as metrics, for an operator's collector and the benchmark: how far the
/// boards and totals trail the ledger, and what keeping them costs.
/// </summary>
public static class LedgerMeter
{
    /// <summary>The meter's name, for a collector to subscribe to.</summary>
    public const string Name = "Platform.Points.Ledger";

    /// <summary>How long the followers took with a page, in ms; tagged <c>full</c> when more was waiting.</summary>
    public const string PageDuration = "platform.ledger.page.duration";

    /// <summary>How many ledger changes a page held.</summary>
    public const string PageChanges = "platform.ledger.page.changes";

    /// <summary>How long the followers took to write what they held in memory, in ms.</summary>
    public const string WriteDuration = "platform.ledger.write.duration";

    /// <summary>How long a slice of the boards' fold took, in ms.</summary>
    public const string FoldSliceDuration = "platform.leaderboards.fold.slice.duration";
}
