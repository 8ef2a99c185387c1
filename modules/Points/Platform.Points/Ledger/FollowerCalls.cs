using System.Diagnostics;

namespace Platform.Points.Ledger;

/// <summary>
/// A follower's grain calls for one page. A page that keeps up with the ledger (<see cref="ChangePage.Full"/>
/// false) makes its calls one at a time and rests after each three times as long as it took, so a
/// follower takes at most a quarter of a core: its calls' work (the totals' state writes above all)
/// came in bursts at the start of every page, and the single submissions due in its first 50 ms
/// waited about three times as long as those due later; paced, about one and a half times
/// (docs/profiling.md, twenty-sixth and twenty-eighth passes). A page that is behind (full: more is waiting, as under
/// batch intake) makes its calls two at a time without rest, to catch up.
/// </summary>
internal static class FollowerCalls
{
    /// <summary>Calls in flight on a page that is behind.</summary>
    public const int CatchingUp = 2;

    /// <summary>How long a paced follower rests after a call, as a multiple of the call's time.</summary>
    public const int RestPerCall = 3;

    /// <summary>Rests shorter than this are saved up: a timer does not sleep for less than about a millisecond.</summary>
    private static readonly TimeSpan ShortestRest = TimeSpan.FromMilliseconds(2);

    public static Task RunAsync<T>(bool behind, IEnumerable<T> items, Func<T, Task> call) => behind
        ? Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = CatchingUp }, (item, _) => new ValueTask(call(item)))
        : PacedAsync(items, call);

    private static async Task PacedAsync<T>(IEnumerable<T> items, Func<T, Task> call)
    {
        var owed = TimeSpan.Zero;
        foreach (var item in items)
        {
            var started = Stopwatch.GetTimestamp();
            await call(item);
            owed += Stopwatch.GetElapsedTime(started) * RestPerCall;
            if (owed < ShortestRest) continue;
            await Task.Delay(owed);
            owed = TimeSpan.Zero;
        }
    }
}
