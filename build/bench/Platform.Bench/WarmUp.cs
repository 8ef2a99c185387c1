using System.Diagnostics;
using System.Runtime;

namespace Platform.Bench;

/// <summary>
/// Runs a load until the JIT has settled. Tiered compilation first runs code unoptimised, then
/// instrumented, then recompiles it with the profile it gathered (dynamic PGO); until it is done
/// a 2-core machine spends a large share of its time compiling and running slower code. A server
/// that runs for days is past that, so a figure taken before it is a start-up figure: in a 10 s
/// window after a 6 s warm-up, single submissions measured about half what they did over 60 s.
/// </summary>
internal static class WarmUp
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(3);
    private const int QuietMethods = 20;

    /// <summary>When a load counts as warm, for the report.</summary>
    public static string Rule(TimeSpan limit) =>
        $"fewer than {QuietMethods} methods compiled in {Step.TotalSeconds:0} s, at most {limit.TotalSeconds:0} s per load";

    /// <summary>Steps of the load until one compiles fewer than <see cref="QuietMethods"/> methods, or <paramref name="limit"/> has passed; returns how long it took.</summary>
    public static async Task<TimeSpan> UntilJitSettlesAsync(int callers, Func<int, Task<int>> operation, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        long compiled;
        do
        {
            var before = JitInfo.GetCompiledMethodCount();
            await Latencies.RunAsync(callers, Step, operation);
            compiled = JitInfo.GetCompiledMethodCount() - before;
            Console.WriteLine($"  warm-up {clock.Elapsed.TotalSeconds:0} s: {compiled} methods compiled in the last {Step.TotalSeconds:0} s");
        }
        while (compiled >= QuietMethods && clock.Elapsed < limit);
        return clock.Elapsed;
    }
}
