using Marten;
using Platform.Points.Contracts;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// Points added to (or, for an adjustment, taken from) a worker's ledger for one source; the
/// source key is counted once. <c>Month</c> is the programme month the source happened in (events
/// recorded before 2026-11-27 carry none; their entries were given one when they were moved, see
/// <see cref="LedgerEntryUpgrade"/>, and the followers read the entries).
/// </summary>
internal sealed record PointsAwarded(
    Guid WorkerId, string SourceKey, SourceKind Kind, Guid SourceId, int Points, string Reason, string Category,
    Guid? EnterpriseId, Guid BranchId, DateTimeOffset OccurredAt, string Month, AppliedRule? Rule = null);

/// <summary>An earlier award taken back by a compensating entry; it counts against the award's month and category.</summary>
internal sealed record PointsReversed(
    Guid WorkerId, string SourceKey, string ReversedKey, int Points, string Reason, string Category,
    Guid? EnterpriseId, Guid BranchId, string Month);

/// <summary>The ledger's event types.</summary>
internal static class LedgerEvents
{
    /// <summary>The ledger's event types as stored (<c>mt_events.type</c>), for statements that read the events themselves.</summary>
    public static string[] TypeNames(IDocumentStore store)
    {
        var events = EventStoreOptions.Of(store);
        return [events.EventMappingFor(typeof(PointsAwarded)).EventTypeName, events.EventMappingFor(typeof(PointsReversed)).EventTypeName];
    }
}
