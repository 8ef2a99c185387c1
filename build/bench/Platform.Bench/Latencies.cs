using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.Bench;

/// <summary>Operations and their latencies over a timed run, from any number of callers.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private long _items;

    public int Operations => _milliseconds.Count;

    public long Items => Interlocked.Read(ref _items);

    public async Task TimeAsync(Func<Task<int>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var items = await operation();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Interlocked.Add(ref _items, items);
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Runs <paramref name="callers"/> loops of <paramref name="operation"/> for <paramref name="duration"/>.</summary>
    public static async Task<Measured> RunAsync(int callers, TimeSpan duration, Func<int, Task<int>> operation)
    {
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            while (clock.Elapsed < duration) await latencies.TimeAsync(() => operation(caller));
        })));
        return new Measured(latencies.Items / clock.Elapsed.TotalSeconds, latencies.Percentile(50), latencies.Percentile(99), latencies.Operations, latencies.Items);
    }
}

/// <summary>Items (events, awards, queries) per second, and the latency of one operation.</summary>
internal sealed record Measured(double PerSecond, double P50, double P99, int Operations, long Items);
