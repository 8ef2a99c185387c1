using System.Diagnostics.Tracing;
using System.Globalization;

namespace Platform.Bench;

/// <summary>A listener to the runtime's GC events in this process (<see cref="AllocationSampler"/>, <see cref="GcPhases"/>).</summary>
internal abstract class RuntimeGcListener : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;

    /// <summary>
    /// The level to listen at. A property, not a field: the base constructor announces the sources
    /// that exist already before a derived constructor has run.
    /// </summary>
    protected abstract EventLevel Level { get; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == RuntimeSource) EnableEvents(source, Level, (EventKeywords)GcKeyword);
    }

    /// <summary>A field of the event's payload, or null when the event has none of that name.</summary>
    protected static object? Field(EventWrittenEventArgs e, string name) =>
        e.PayloadNames?.IndexOf(name) is >= 0 and var i ? e.Payload![i] : null;

    /// <summary>A numeric field of the event's payload, or 0 when the event has none of that name.</summary>
    protected static long Number(EventWrittenEventArgs e, string name) =>
        Field(e, name) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
}
