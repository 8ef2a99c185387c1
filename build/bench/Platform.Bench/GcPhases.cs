using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;

namespace Platform.Bench;

/// <summary>
/// Where each collection's pause goes while a load is measured (<c>--gc-phases</c>), from the
/// runtime's GC events: stopping the threads, marking from their stacks, marking from the old
/// generation (young objects that old ones point to), the rest of the collection (planning,
/// compacting), and starting the threads again; and how much each kind of root kept alive.
/// </summary>
internal sealed class GcPhases : RuntimeGcListener
{
    private const int StackRoots = 0, OlderGeneration = 3;

    private readonly ConcurrentQueue<(DateTime At, string Name, int Depth, int Type, long Bytes)> _events = new();
    private volatile bool _recording;

    public void Start()
    {
        _events.Clear();
        _recording = true;
    }

    /// <summary>The first <paramref name="count"/> collections of the load, one line each, then the averages over all of them.</summary>
    public string Stop(string scenario, int count)
    {
        _recording = false;
        var collections = Collections(_events.OrderBy(e => e.At).ToList());
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"GC phases under {scenario}, ms (suspend, mark from stacks, mark from the old generation, rest, restart = pause; KB kept by stacks / by the old generation):\n");
        foreach (var c in collections.Take(count)) text.Append(Line(c)).Append('\n');
        if (collections.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"average of {collections.Count}: ").Append(Line(new Collection(-1,
                collections.Average(c => c.Suspend), collections.Average(c => c.Stacks), collections.Average(c => c.Older),
                collections.Average(c => c.Rest), collections.Average(c => c.Restart),
                (long)collections.Average(c => c.StackBytes), (long)collections.Average(c => c.OlderBytes)))).Append('\n');
        return text.ToString();
    }

    private static string Line(Collection c) => string.Create(CultureInfo.InvariantCulture,
        $"{(c.Depth < 0 ? "" : $"gen{c.Depth} ")}{c.Suspend:0.0} + {c.Stacks:0.0} + {c.Older:0.0} + {c.Rest:0.0} + {c.Restart:0.0} = {c.Suspend + c.Stacks + c.Older + c.Rest + c.Restart:0.0}; " +
        $"{c.StackBytes / 1024:N0} / {c.OlderBytes / 1024:N0} KB");

    private static List<Collection> Collections(List<(DateTime At, string Name, int Depth, int Type, long Bytes)> events)
    {
        var collections = new List<Collection>();
        DateTime? suspendBegin = null, suspendEnd = null, started = null, stacksDone = null, olderDone = null, ended = null, restartBegin = null;
        var (depth, stackBytes, olderBytes) = (0, 0L, 0L);
        foreach (var e in events)
        {
            switch (e.Name)
            {
                case "GCSuspendEEBegin_V1":
                    (suspendBegin, suspendEnd, started, stacksDone, olderDone, ended, restartBegin) = (e.At, null, null, null, null, null, null);
                    (stackBytes, olderBytes) = (0, 0);
                    break;
                case "GCSuspendEEEnd_V1": suspendEnd = e.At; break;
                case "GCStart_V2": (started, depth) = (e.At, e.Depth); break;
                case "GCMarkWithType" when e.Type == StackRoots: (stacksDone, stackBytes) = (e.At, stackBytes + e.Bytes); break;
                case "GCMarkWithType" when e.Type == OlderGeneration: (olderDone, olderBytes) = (e.At, olderBytes + e.Bytes); break;
                case "GCEnd_V1": ended = e.At; break;
                case "GCRestartEEBegin_V1": restartBegin = e.At; break;
                case "GCRestartEEEnd_V1" when suspendBegin is { } b && suspendEnd is { } s && started is { } g && stacksDone is { } k
                                              && olderDone is { } o && ended is { } n && restartBegin is { } r:
                    collections.Add(new Collection(depth, Ms(s - b), Ms(k - g), Ms(o - k), Ms(n - o), Ms(e.At - r), stackBytes, olderBytes));
                    suspendBegin = null;
                    break;
            }
        }
        return collections;
    }

    private static double Ms(TimeSpan span) => Math.Max(0, span.TotalMilliseconds);

    protected override EventLevel Level => EventLevel.Informational;

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.EventName is not { } name || !name.StartsWith("GC", StringComparison.Ordinal)) return;
        _events.Enqueue((e.TimeStamp, name, (int)Number(e, "Depth"), (int)Number(e, "Type"), Number(e, "Bytes")));
    }

    private sealed record Collection(int Depth, double Suspend, double Stacks, double Older, double Rest, double Restart, long StackBytes, long OlderBytes);
}
