using System.Diagnostics.Metrics;
using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>
/// Records what the ledger's tail and the boards' fold do (<see cref="LedgerMeter"/>): each page,
/// each write round, each slice. The twenty-sixth pass of docs/profiling.md needed throwaway builds
/// to see when pages came and what they cost; these say it in every run.
/// </summary>
internal sealed class LedgerMetrics
{
    private readonly Histogram<double> _pages;
    private readonly Histogram<int> _changes;
    private readonly Histogram<double> _writes;
    private readonly Histogram<double> _slices;

    public LedgerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(LedgerMeter.Name);
        _pages = meter.CreateHistogram<double>(LedgerMeter.PageDuration, "ms", "How long the followers took with a page");
        _changes = meter.CreateHistogram<int>(LedgerMeter.PageChanges, "{change}", "Ledger changes in a page");
        _writes = meter.CreateHistogram<double>(LedgerMeter.WriteDuration, "ms", "How long the followers took to write what they held in memory");
        _slices = meter.CreateHistogram<double>(LedgerMeter.FoldSliceDuration, "ms", "How long a slice of the boards' fold took");
    }

    public void Followed(ChangePage page, TimeSpan took)
    {
        _pages.Record(took.TotalMilliseconds, new KeyValuePair<string, object?>("full", page.Full));
        _changes.Record(page.Changes.Count);
    }

    public void Written(TimeSpan took) => _writes.Record(took.TotalMilliseconds);

    public void Sliced(TimeSpan took) => _slices.Record(took.TotalMilliseconds);
}
