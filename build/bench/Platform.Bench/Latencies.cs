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

    public Task TimeAsync(Func<Task<int>> operation) => TimeAsync(operation, Stopwatch.GetTimestamp());

    /// <summary>Times an operation from <paramref name="due"/>, when it should have started (a timestamp).</summary>
    private async Task TimeAsync(Func<Task<int>> operation, long due)
    {
        var items = await operation();
        _milliseconds.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
        Interlocked.Add(ref _items, items);
    }

    public double Percentile(double p) => Percentile(_milliseconds.Order().ToArray(), p);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>What was timed, as items a second over <paramref name="seconds"/>.</summary>
    public Measured Over(double seconds) => new(Items / seconds, Percentile(50), Percentile(99), Operations, Items);

    /// <summary>Runs <paramref name="callers"/> loops of <paramref name="operation"/> for <paramref name="duration"/>.</summary>
    public static async Task<Measured> RunAsync(int callers, TimeSpan duration, Func<int, Task<int>> operation)
    {
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            while (clock.Elapsed < duration) await latencies.TimeAsync(() => operation(caller));
        })));
        return latencies.Over(clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Starts <paramref name="operation"/> <paramref name="perSecond"/> times a second for
    /// <paramref name="duration"/>, whether or not earlier ones have answered (an open loop, as
    /// independent apps and systems send), and waits for the last. Each latency counts from when
    /// its operation was due, so a host that falls behind is not excused by a sender that waited
    /// for it. The operation is given its sequence number. Also says how late the sender itself
    /// started its operations (p99, ms): a figure beside the latencies' that they include.
    /// </summary>
    public static async Task<(Measured Measured, double StartedLateP99)> RunAtRateAsync(double perSecond, TimeSpan duration, Func<long, Task<int>> operation)
    {
        var latencies = new Latencies();
        var late = new List<double>();
        var running = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var total = (long)(perSecond * duration.TotalSeconds);
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A thread of its own: a sender on the thread pool would queue behind the host's work and send late.
        var sender = new Thread(() =>
        {
            for (var count = 0L; count < total; Thread.Sleep(1))
            {
                var due = Math.Min(total, (long)(Stopwatch.GetElapsedTime(start).TotalSeconds * perSecond) + 1);
                for (; count < due; count++)
                {
                    var (number, at) = (count, start + (long)(count / perSecond * Stopwatch.Frequency));
                    late.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                    running.Add(Task.Run(() => latencies.TimeAsync(() => operation(number), at)));
                }
            }
            sent.SetResult();
        }) { IsBackground = true, Name = "open-loop sender" };
        sender.Start();
        await sent.Task;
        await Task.WhenAll(running);
        return (latencies.Over(Stopwatch.GetElapsedTime(start).TotalSeconds), Percentile([.. late.Order()], 99));
    }
}

/// <summary>Items (events, awards, queries) per second, and the latency of one operation.</summary>
internal sealed record Measured(double PerSecond, double P50, double P99, int Operations, long Items);
