using Platform.Organization.Workers;

namespace Platform.Organization.Roster;

/// <summary>What one accepted or updated row writes: a new stream, or events on an existing one at its known version.</summary>
internal sealed record RowWrite(int Row, string Phone, Guid WorkerId, bool IsNew, int ExpectedVersion, IReadOnlyList<object> Events);

/// <summary>
/// Decides what a valid row changes. A worker who works only for the importing enterprise is
/// brought in line with the row. A worker who also works for another enterprise keeps name, branch
/// and grid-volunteer status (they are the worker's, not one platform's): the row adds the
/// affiliation, its outlet and any sectors the worker lacks.
/// </summary>
internal static class RosterPlan
{
    public static (RosterOutcome Outcome, RowWrite? Write, string? Note) Decide(RosterLine line, Worker? worker, Guid enterpriseId, string reason)
    {
        if (worker is null)
        {
            var id = Guid.CreateVersion7();
            var registered = new WorkerRegistered(id, line.Name, line.Phone, line.Sectors, line.BranchId,
                [new EnterpriseLink(enterpriseId, line.OutletId)], line.GridVolunteer ?? false, line.CommunityId);
            return (RosterOutcome.Accepted, new RowWrite(line.Row, line.Phone, id, IsNew: true, 0, [registered]), null);
        }

        var shared = worker.EnterpriseIds.Any(e => e != enterpriseId);
        var events = new List<object>();
        var kept = new List<string>();
        if (shared)
        {
            var missing = line.Sectors.Except(worker.Sectors).ToList();
            if (missing.Count > 0) events.Add(new WorkerSectorsChanged([.. worker.Sectors.Concat(missing).Order()]));
            if (line.Name != worker.Name) kept.Add("name");
            if (line.BranchId != worker.BranchId) kept.Add("branch");
            if (line.GridVolunteer is { } v && (v != worker.GridVolunteer || (v && line.CommunityId != worker.CommunityId))) kept.Add("grid volunteer");
        }
        else
        {
            if (line.Name != worker.Name) events.Add(new WorkerRenamed(line.Name));
            if (!WorkerInput.SameSectors(line.Sectors, worker.Sectors)) events.Add(new WorkerSectorsChanged(line.Sectors));
            if (line.BranchId != worker.BranchId) events.Add(new WorkerTransferred(worker.BranchId, line.BranchId, reason));
            if (line.GridVolunteer == false && worker.GridVolunteer) events.Add(new GridVolunteerEnded());
            if (line.GridVolunteer == true && line.CommunityId is { } c && (!worker.GridVolunteer || worker.CommunityId != c))
                events.Add(new GridVolunteerAssigned(c));
        }

        var affiliation = worker.CurrentAffiliation(enterpriseId);
        if (affiliation is null) events.Add(new AffiliationAdded(enterpriseId, line.OutletId));
        else if (line.OutletGiven && affiliation.OutletId != line.OutletId) events.Add(new AffiliationOutletChanged(enterpriseId, line.OutletId));

        var note = kept.Count == 0 ? null
            : $"The worker also works for another enterprise: {string.Join(", ", kept)} kept as registered (change with updateWorker or transferWorker).";
        if (events.Count == 0) return (RosterOutcome.Unchanged, null, note);
        return (RosterOutcome.Updated, new RowWrite(line.Row, line.Phone, worker.Id, IsNew: false, worker.Version, events), note);
    }
}
