using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Common;
using Platform.Organization.Contracts;

namespace Platform.Organization.Workers;

internal sealed record NewWorker(
    string Name, string Phone, IReadOnlyList<Sector> Sectors, Guid BranchId, IReadOnlyList<EnterpriseLink> Affiliations,
    bool GridVolunteer, Guid? CommunityId);

internal sealed record RegisteredWorker(Worker Worker, ProvisionedAccount? Account);

internal sealed class WorkerRegistration(IDocumentSession session, WorkerReferences references, IAccountProvisioning accounts)
{
    public async Task<RegisteredWorker> RegisterAsync(
        Actor actor, NewWorker input, bool createAccount, string reason, CancellationToken cancellationToken)
    {
        var name = WorkerInput.Name(input.Name);
        var phone = PhoneNumber.Normalize(input.Phone);
        var sectors = WorkerInput.Sectors(input.Sectors);
        var checkedReason = ChangeReason.Check(reason);
        var affiliations = await references.AffiliationsAsync(input.Affiliations, cancellationToken);
        // An enterprise admin registers workers for its own enterprise(s) only.
        foreach (var link in affiliations) actor.RequireEnterpriseAdmin(link.EnterpriseId);
        await references.BranchAsync(input.BranchId, cancellationToken);
        var community = await references.GridCommunityAsync(input.GridVolunteer, input.CommunityId, cancellationToken);
        if (await session.Query<Worker>().AnyAsync(w => w.Phone == phone, cancellationToken))
            throw DuplicatePhone(phone);

        var id = Guid.CreateVersion7();
        session.SetHeader("reason", checkedReason);
        session.Events.StartStream<Worker>(id,
            new WorkerRegistered(id, name, phone, sectors, input.BranchId, affiliations, input.GridVolunteer, community));
        // The unique phone index settles a race between two registrations of one phone.
        await session.SaveOrConflictAsync(_ => DuplicatePhone(phone).Message, cancellationToken);
        var worker = await session.LoadAsync<Worker>(id, cancellationToken)
            ?? throw new InvalidOperationException($"Worker {id} was written but cannot be read back.");

        // After the worker is saved: an account must never name a worker that does not exist.
        var account = createAccount
            ? await accounts.ProvisionAsync(phone, name, new RoleGrant(Role.Worker, id.ToString()), checkedReason, cancellationToken)
            : null;
        return new RegisteredWorker(worker, account);
    }

    public static PlatformException DuplicatePhone(string phone) =>
        PlatformException.Conflict($"A worker with phone {phone} is already registered; add an affiliation to that worker instead.");
}
