using Marten;
using Marten.Events;

namespace Platform.Points.Storage;

/// <summary>Marten's event store options, for the statements that write or read its tables themselves.</summary>
internal static class EventStoreOptions
{
    public static EventGraph Of(IDocumentStore store) =>
        (store.Options as StoreOptions)?.Events as EventGraph ?? throw new InvalidOperationException("The store has no Marten event store options.");
}
