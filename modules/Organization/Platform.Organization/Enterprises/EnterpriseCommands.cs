using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Common;
using Platform.Organization.Contracts;
using Platform.Organization.Geography;

namespace Platform.Organization.Enterprises;

internal sealed class EnterpriseCommands(IDocumentSession session)
{
    public async Task<Enterprise> CreateAsync(
        string name, string creditCode, IReadOnlyList<Sector> sectors, string reason, CancellationToken cancellationToken)
    {
        var checkedName = Input.Text(name, "name", 100);
        var code = CreditCode.Normalize(creditCode);
        var checkedSectors = Input.NonEmptySet(sectors, "sectors", "Name one or more sectors.");
        session.SetHeader("reason", ChangeReason.Check(reason));
        var id = Guid.CreateVersion7();
        session.Events.StartStream<Enterprise>(id, new EnterpriseRegistered(id, checkedName, code, checkedSectors));
        await session.SaveOrConflictAsync(_ => $"An enterprise with credit code {code} already exists.", cancellationToken);
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<Enterprise> AddOutletAsync(
        Actor actor, Guid enterpriseId, string name, Guid districtId, string address, string reason, CancellationToken cancellationToken)
    {
        actor.RequireEnterpriseAdmin(enterpriseId);
        var checkedName = Input.Text(name, "name", 64);
        var checkedAddress = Input.Text(address, "address", 200, "An address");
        var checkedReason = ChangeReason.Check(reason);
        var stream = await session.Events.FetchForWriting<Enterprise>(enterpriseId, cancellationToken);
        var enterprise = stream.Aggregate ?? throw PlatformException.NotFound($"No enterprise has id {enterpriseId}.");
        if (await session.LoadAsync<District>(districtId, cancellationToken) is null)
            throw PlatformException.Validation("No district has this id.", "districtId");
        // Names are unique within the enterprise: roster files name outlets.
        if (enterprise.Outlets.Any(o => o.Name == checkedName))
            throw PlatformException.Conflict($"{enterprise.Name} already has an outlet named {checkedName}.");
        stream.AppendOne(new OutletAdded(Guid.CreateVersion7(), checkedName, districtId, checkedAddress));
        session.SetHeader("reason", checkedReason);
        await session.SaveOrConflictAsync(_ => "The outlet could not be added.", cancellationToken);
        return await LoadAsync(enterpriseId, cancellationToken);
    }

    private async Task<Enterprise> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await session.LoadAsync<Enterprise>(id, cancellationToken)
        ?? throw new InvalidOperationException($"Enterprise {id} was written but cannot be read back.");
}
