using Marten;
using Marten.Events;

namespace Platform.Points.Storage;

/// <summary>Marten's event store options, for the statements that write or read its tables themselves.</summary>
internal static class EventStoreOptions
{
    public static EventGraph Of(IDocumentStore store) =>
        (store.Options as StoreOptions)?.Events as EventGraph ?? throw new InvalidOperationException("The store has no Marten event store options.");

    /// <summary>The name Marten stores an event type under (the <c>type</c> column of its events).</summary>
    public static string TypeName(this EventGraph events, Type eventType) => events.EventMappingFor(eventType).EventTypeName;
}
