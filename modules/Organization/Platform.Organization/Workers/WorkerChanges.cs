using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Common;
using Platform.Organization.Contracts;

namespace Platform.Organization.Workers;

/// <summary>What updateWorker may change; a null field stays as it is.</summary>
internal sealed record WorkerUpdate(string? Name, string? Phone, IReadOnlyList<Sector>? Sectors, bool? GridVolunteer, Guid? CommunityId);

/// <summary>
/// Every change to an existing worker: decided on the current snapshot, appended with who (session
/// user), when (event time) and why (<c>reason</c> header); a change that alters nothing appends nothing.
/// </summary>
internal sealed class WorkerChanges(IDocumentSession session, WorkerReferences references)
{
    public Task<Worker> UpdateAsync(Actor actor, Guid workerId, WorkerUpdate update, string reason, CancellationToken cancellationToken)
    {
        var name = update.Name is null ? null : WorkerInput.Name(update.Name);
        var phone = update.Phone is null ? null : PhoneNumber.Normalize(update.Phone);
        var sectors = update.Sectors is null ? null : WorkerInput.Sectors(update.Sectors);
        return ChangeAsync(actor, workerId, reason, async worker =>
        {
            var events = new List<object>();
            if (name is not null && name != worker.Name) events.Add(new WorkerRenamed(name));
            if (phone is not null && phone != worker.Phone) events.Add(new WorkerPhoneChanged(phone));
            if (sectors is not null && !WorkerInput.SameSectors(sectors, worker.Sectors)) events.Add(new WorkerSectorsChanged(sectors));
            var volunteer = update.GridVolunteer ?? worker.GridVolunteer;
            var community = await references.GridCommunityAsync(
                volunteer, volunteer ? update.CommunityId ?? worker.CommunityId : update.CommunityId, cancellationToken);
            if (!volunteer && worker.GridVolunteer) events.Add(new GridVolunteerEnded());
            if (volunteer && community is { } c && (!worker.GridVolunteer || worker.CommunityId != c)) events.Add(new GridVolunteerAssigned(c));
            return events;
        }, cancellationToken);
    }

    public Task<Worker> TransferAsync(Actor actor, Guid workerId, Guid branchId, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(actor, workerId, reason, async worker =>
        {
            await references.BranchAsync(branchId, cancellationToken);
            if (worker.BranchId == branchId) throw PlatformException.Validation("The worker is in this branch already.", "branchId");
            return [new WorkerTransferred(worker.BranchId, branchId, ChangeReason.Check(reason))];
        }, cancellationToken);

    public Task<Worker> AddAffiliationAsync(
        Actor actor, Guid workerId, EnterpriseLink link, string reason, CancellationToken cancellationToken)
    {
        // Not RequireManage: an enterprise admin may take on a worker of another platform (see docs/organization.md).
        actor.RequireEnterpriseAdmin(link.EnterpriseId);
        return ChangeAsync(null, workerId, reason, async worker =>
        {
            await references.AffiliationAsync(link, cancellationToken);
            var current = worker.CurrentAffiliation(link.EnterpriseId);
            if (current is null) return [new AffiliationAdded(link.EnterpriseId, link.OutletId)];
            if (current.OutletId == link.OutletId) throw PlatformException.Conflict("The worker works for this enterprise already.");
            return [new AffiliationOutletChanged(link.EnterpriseId, link.OutletId)];
        }, cancellationToken);
    }

    public Task<Worker> EndAffiliationAsync(Actor actor, Guid workerId, Guid enterpriseId, string reason, CancellationToken cancellationToken)
    {
        actor.RequireEnterpriseAdmin(enterpriseId);
        return ChangeAsync(null, workerId, reason, worker =>
        {
            if (worker.CurrentAffiliation(enterpriseId) is null)
                throw PlatformException.NotFound("The worker does not work for this enterprise.");
            if (worker.EnterpriseIds.Count == 1)
                throw PlatformException.Validation("A worker keeps at least one affiliation: add the new one first.", "enterpriseId");
            return Task.FromResult<IReadOnlyList<object>>([new AffiliationEnded(enterpriseId)]);
        }, cancellationToken);
    }

    /// <param name="actor">Checked with <see cref="WorkerScope.RequireManage"/>; null when the caller has checked already.</param>
    private async Task<Worker> ChangeAsync(
        Actor? actor, Guid workerId, string reason, Func<Worker, Task<IReadOnlyList<object>>> decide, CancellationToken cancellationToken)
    {
        var checkedReason = ChangeReason.Check(reason);
        var stream = await session.Events.FetchForWriting<Worker>(workerId, cancellationToken);
        var worker = stream.Aggregate ?? throw PlatformException.NotFound($"No worker has id {workerId}.");
        if (actor is not null) WorkerScope.RequireManage(actor, worker);
        var events = await decide(worker);
        if (events.Count == 0) return worker;
        stream.AppendMany(events);
        session.SetHeader("reason", checkedReason);
        await session.SaveOrConflictAsync(_ => "Another worker has this phone number.", cancellationToken);
        return await session.LoadAsync<Worker>(workerId, cancellationToken)
            ?? throw new InvalidOperationException($"Worker {workerId} was written but cannot be read back.");
    }
}
