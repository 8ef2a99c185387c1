using System.Diagnostics.Metrics;
using System.Globalization;
using Platform.Points.Contracts;

namespace Platform.Bench;

/// <summary>
/// What the ledger's followers did during a load, from the platform's own metrics (<see cref="LedgerMeter"/>):
/// its pages (how many, how big, how long the followers took), the write rounds, and the boards'
/// fold's slices. The host runs in this process, so a listener here hears it.
/// </summary>
internal sealed class LedgerTrace : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Tally> _tallies = [];
    private int _fullPages;

    public LedgerTrace()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LedgerMeter.Name) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
        _listener.Start();
    }

    /// <summary>Forgets what was heard so far: the next <see cref="Describe"/> covers what follows.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _tallies.Clear();
            _fullPages = 0;
        }
    }

    public string Describe()
    {
        lock (_gate)
        {
            var pages = Get(LedgerMeter.PageDuration);
            var changes = Get(LedgerMeter.PageChanges);
            var writes = Get(LedgerMeter.WriteDuration);
            var slices = Get(LedgerMeter.FoldSliceDuration);
            return string.Create(CultureInfo.InvariantCulture,
                $"the ledger's tail handed over {pages.Count} pages ({_fullPages} full) of {changes.Mean:N0} changes on average, " +
                $"the followers taking {pages.Mean:N0} ms each (at most {pages.Max:N0}); {writes.Count} write rounds of {writes.Mean:N0} ms " +
                $"(at most {writes.Max:N0}); the boards' fold {slices.Count} slices, {slices.Sum:N0} ms in all");
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(string instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var full = false;
        if (instrument == LedgerMeter.PageDuration)
        {
            foreach (var tag in tags) full |= tag is { Key: "full", Value: true };
        }
        lock (_gate)
        {
            _tallies[instrument] = Get(instrument).With(value);
            if (full) _fullPages++;
        }
    }

    private Tally Get(string instrument) => _tallies.GetValueOrDefault(instrument);

    private readonly record struct Tally(int Count, double Sum, double Max)
    {
        public double Mean => Count == 0 ? 0 : Sum / Count;

        public Tally With(double value) => new(Count + 1, Sum + value, Math.Max(Max, value));
    }
}
