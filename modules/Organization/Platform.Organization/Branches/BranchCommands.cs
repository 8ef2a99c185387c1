using Marten;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Common;
using Platform.Organization.Contracts;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;

namespace Platform.Organization.Branches;

internal sealed class BranchCommands(IDocumentSession session)
{
    public async Task<Branch> CreateAsync(
        string name, BranchKind kind, Guid districtId, Guid? enterpriseId, string reason, CancellationToken cancellationToken)
    {
        var checkedName = Input.Text(name, "name", 64);
        if (!Enum.IsDefined(kind)) throw PlatformException.Validation("Unknown branch kind.", "kind");
        var checkedReason = ChangeReason.Check(reason);
        if (await session.LoadAsync<District>(districtId, cancellationToken) is null)
            throw PlatformException.Validation("No district has this id.", "districtId");
        await CheckEnterpriseAsync(kind, enterpriseId, cancellationToken);

        session.SetHeader("reason", checkedReason);
        var id = Guid.CreateVersion7();
        session.Events.StartStream<Branch>(id, new BranchRegistered(id, checkedName, kind, districtId, enterpriseId));
        // Names are unique city-wide: roster files name the branch.
        await session.SaveOrConflictAsync(_ => $"A branch named {checkedName} already exists.", cancellationToken);
        return await session.LoadAsync<Branch>(id, cancellationToken)
            ?? throw new InvalidOperationException($"Branch {id} was written but cannot be read back.");
    }

    private async Task CheckEnterpriseAsync(BranchKind kind, Guid? enterpriseId, CancellationToken cancellationToken)
    {
        if (kind != BranchKind.Enterprise)
        {
            if (enterpriseId is not null)
                throw PlatformException.Validation("Only a branch of kind ENTERPRISE names an enterprise.", "enterpriseId");
            return;
        }
        if (enterpriseId is not { } id)
            throw PlatformException.Validation("A branch of kind ENTERPRISE names its enterprise.", "enterpriseId");
        if (await session.LoadAsync<Enterprise>(id, cancellationToken) is null)
            throw PlatformException.Validation("No enterprise has this id.", "enterpriseId");
    }
}
