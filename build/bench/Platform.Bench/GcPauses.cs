using System.Globalization;

namespace Platform.Bench;

/// <summary>
/// The GC's collections, pauses and allocations in this process (the host and the benchmark's
/// clients) over a load. The single submissions' p99 followed the young generation's pauses while
/// they lasted 40–70 ms (docs/profiling.md, tenth pass); at 6–15 ms it no longer does
/// (twenty-fourth pass). Bytes allocated per item move much less than CPU between runs of one build, though work
/// done per second (the daemon's and the tail's looks) is shared by fewer items in a slow run.
/// </summary>
internal readonly record struct GcPauses(int Collections, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
{
    /// <summary>So far in this process. A collection of a generation counts for the younger ones too, so all collections are gen0's count.</summary>
    public static GcPauses Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public static GcPauses operator -(GcPauses after, GcPauses before) =>
        new(after.Collections - before.Collections, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused,
            after.Allocated - before.Allocated);

    public string Describe(TimeSpan over, long items, string unit) => string.Create(CultureInfo.InvariantCulture,
        $"{Collections} collections ({Collections - Gen1} gen0, {Gen1 - Gen2} gen1, {Gen2} gen2) paused this process {Paused.TotalMilliseconds:N0} ms " +
        $"in {over.TotalSeconds:0} s ({100 * Paused / over:0.0} %), {(Collections == 0 ? 0 : Paused.TotalMilliseconds / Collections):0.0} ms each on average; " +
        $"{Allocations(over, items, unit)}");

    // The runtime's total counts only the heaps in use, so it falls when DATAS takes one away
    // (dotnet/runtime#131069): a load in which the total fell is said to be not counted, and one in
    // which a heap went and came back reads low (seen only in the open loop so far).
    private string Allocations(TimeSpan over, long items, string unit) => Allocated <= 0
        ? "bytes allocated not counted (DATAS took a heap away during the load)"
        : string.Create(CultureInfo.InvariantCulture,
            $"{Allocated / (1024.0 * 1024 * over.TotalSeconds):N0} MB allocated a second, {(items == 0 ? 0 : Allocated / 1024.0 / items):N1} KB per {unit}");
}
