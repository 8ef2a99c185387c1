using JasperFx;
using JasperFx.Events;
using Marten;
using Platform.Organization.Common;
using Platform.Organization.Workers;

namespace Platform.Organization.Roster;

/// <summary>A planned row: its place in the result, the checked line, and what it writes.</summary>
internal sealed record PlannedRow(int Index, RosterLine Line, RowWrite Write);

/// <summary>
/// Writes planned rows, one transaction per batch. When a batch loses a race (another request
/// registered one of its phones or changed one of its workers meanwhile), its rows are written one
/// by one, and a row that loses is decided again on what is there now: only that row can fail.
/// </summary>
internal sealed class RosterWriter(IDocumentStore store, IDocumentSession requestSession, Guid enterpriseId, string reason)
{
    public async Task WriteAsync(PlannedRow[] batch, RosterRowResult[] results, CancellationToken cancellationToken)
    {
        if (await TryWriteAsync(batch.Select(r => r.Write), cancellationToken)) return;
        foreach (var row in batch)
        {
            if (await TryWriteAsync([row.Write], cancellationToken)) continue;
            await using var query = store.QuerySession();
            var current = await query.Query<Worker>().FirstOrDefaultAsync(w => w.Phone == row.Line.Phone, cancellationToken);
            var (outcome, write, note) = RosterPlan.Decide(row.Line, current, enterpriseId, reason);
            results[row.Index] = write is null || await TryWriteAsync([write], cancellationToken)
                ? new RosterRowResult(row.Line.Row, row.Line.Phone, outcome, write?.WorkerId ?? current?.Id, note)
                : new RosterRowResult(row.Line.Row, row.Line.Phone, RosterOutcome.Rejected, null,
                    "The worker was changed by someone else at the same moment: import the row again.");
        }
    }

    /// <summary>False when the write lost a race; nothing of it is kept then.</summary>
    private async Task<bool> TryWriteAsync(IEnumerable<RowWrite> writes, CancellationToken cancellationToken)
    {
        // A session of its own per attempt, so a failed one leaves nothing behind; it records the
        // same who and correlation id as the request's session.
        await using var session = store.LightweightSession();
        session.LastModifiedBy = requestSession.LastModifiedBy;
        session.CorrelationId = requestSession.CorrelationId;
        session.SetHeader("reason", reason);
        foreach (var write in writes)
        {
            if (write.IsNew) session.Events.StartStream<Worker>(write.WorkerId, write.Events);
            else session.Events.Append(write.WorkerId, write.ExpectedVersion + write.Events.Count, write.Events);
        }
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (Saving.UniqueViolation(e) is not null || e is ConcurrencyException or EventStreamUnexpectedMaxEventIdException)
        {
            return false;
        }
    }
}
