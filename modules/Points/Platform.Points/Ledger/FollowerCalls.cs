namespace Platform.Points.Ledger;

/// <summary>
/// A follower's grain calls for one page, two at a time. Handed over all at once, a page's calls
/// (about 450 boards and 100 totals per page of single submissions) took both cores ahead of the
/// requests in flight, and the commits of that moment took 30–70 ms instead of 5–10: most bursts of
/// single submissions' slowest hundredth fell on a page (docs/profiling.md, twenty-first pass). Two
/// at a time, the page takes longer and requests pass between its calls.
/// </summary>
internal static class FollowerCalls
{
    public const int InFlight = 2;

    public static Task RunAsync<T>(IEnumerable<T> items, Func<T, Task> call) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, (item, _) => new ValueTask(call(item)));
}
