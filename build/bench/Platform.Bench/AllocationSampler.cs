using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;

namespace Platform.Bench;

/// <summary>
/// What this process allocates, by type, while a load is measured (<c>--allocations</c>): the
/// runtime's allocation ticks, one about every 100 KB a heap allocates, each naming the type of the
/// object that crossed the mark. Sampled, so a type's share of the ticks is about its share of the
/// bytes. The host and the benchmark's clients share the process, as they share the CPU figures.
/// </summary>
internal sealed class AllocationSampler : RuntimeGcListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _sampling;
    private string _scenario = "";

    public void Start(string scenario)
    {
        _bytes.Clear();
        _scenario = scenario;
        _sampling = true;
    }

    public void Stop() => _sampling = false;

    /// <summary>The types with the most sampled bytes, with their share of all the samples.</summary>
    public string Top(int count)
    {
        var total = _bytes.Values.Sum();
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Allocations sampled under {_scenario}: {total / (1024.0 * 1024):N0} MB by the ticks\n");
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(count))
            text.Append(CultureInfo.InvariantCulture, $"{100.0 * bytes / Math.Max(total, 1),5:0.0} %  {type}\n");
        return text.ToString();
    }

    // Verbose: the allocation tick is a verbose event of the GC keyword.
    protected override EventLevel Level => EventLevel.Verbose;

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_sampling || e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true) return;
        var amount = Number(e, "AllocationAmount64");
        _bytes.AddOrUpdate(Field(e, "TypeName") as string ?? "(unnamed)", amount, (_, sum) => sum + amount);
    }
}
