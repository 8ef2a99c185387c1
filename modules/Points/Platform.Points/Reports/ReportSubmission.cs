using Marten;
using Microsoft.Extensions.Options;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Storage;

namespace Platform.Points.Reports;

/// <summary>A worker reports a hazard or violation in a community; it waits for the community's verifier.</summary>
internal sealed class ReportSubmission(
    IDocumentSession session, IDocumentStore store, IOrganizationDirectory directory, IOrganizationRoster roster,
    ReportDuplicates duplicates, IOptionsMonitor<ReportOptions> options, TimeProvider clock)
{
    public async Task<Report> SubmitAsync(Actor actor, NewReport input, CancellationToken cancellationToken)
    {
        var workerId = actor.WorkerId ?? throw PlatformException.Forbidden("Only a worker submits reports, as themselves.");
        var report = ReportInput.Check(input, clock.GetUtcNow(), options.CurrentValue.MaxAgeDays);

        // A repeat is a client that did not hear the first answer: it gets that answer, whatever else it sends.
        if (report.IdempotencyKey is { } key && await FindAsync(session, workerId, key, cancellationToken) is { } first) return first;

        if (await roster.FindCommunityAsync(report.CommunityId, cancellationToken) is null)
            throw PlatformException.Validation("No community has this id.", "communityId");
        var worker = await directory.FindWorkerAsync(workerId, cancellationToken)
            ?? throw PlatformException.NotFound("Your worker record was not found.");
        var duplicateOf = await duplicates.EarliestAsync(report.Category, report.Latitude, report.Longitude, report.OccurredAt, cancellationToken);

        var id = Guid.CreateVersion7();
        session.SetHeader("reason", $"{report.Category} reported by the worker");
        session.Events.StartStream<Report>(id, new ReportSubmitted(
            id, workerId, worker.Name, report.CommunityId, report.Category, report.Latitude, report.Longitude, report.Place!,
            report.OccurredAt, report.Description!, report.Evidence ?? [], report.IdempotencyKey, duplicateOf));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (report.IdempotencyKey is not null && SaveFailures.IsUniqueViolation(e))
        {
            // The same key at the same moment: the unique index let one through, and that one is the
            // answer. Read it afresh: this session still holds the refused submission.
            session.EjectAllPendingChanges();
            await using var fresh = store.QuerySession();
            return await FindAsync(fresh, workerId, report.IdempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("A report key was claimed but its report cannot be read.", e);
        }
        return await session.LoadAsync<Report>(id, cancellationToken)
            ?? throw new InvalidOperationException($"Report {id} was written but cannot be read back.");
    }

    private static Task<Report?> FindAsync(IQuerySession reader, Guid workerId, string key, CancellationToken cancellationToken) =>
        reader.Query<Report>().FirstOrDefaultAsync(r => r.WorkerId == workerId && r.IdempotencyKey == key, cancellationToken);
}
