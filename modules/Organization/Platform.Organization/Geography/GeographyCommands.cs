using Marten;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Common;

namespace Platform.Organization.Geography;

/// <summary>Registers districts and communities; names are unique (per district for communities) so imports can name them.</summary>
internal sealed class GeographyCommands(IDocumentSession session)
{
    public async Task<District> CreateDistrictAsync(string name, string reason, CancellationToken cancellationToken)
    {
        var checkedName = Input.Text(name, "name", 64);
        session.SetHeader("reason", ChangeReason.Check(reason));
        var id = Guid.CreateVersion7();
        session.Events.StartStream<District>(id, new DistrictRegistered(id, checkedName));
        await session.SaveOrConflictAsync(_ => $"A district named {checkedName} already exists.", cancellationToken);
        return await session.LoadAsync<District>(id, cancellationToken) ?? throw Unreadable(id);
    }

    public async Task<Community> CreateCommunityAsync(string name, Guid districtId, string reason, CancellationToken cancellationToken)
    {
        var checkedName = Input.Text(name, "name", 64);
        var checkedReason = ChangeReason.Check(reason);
        var district = await session.LoadAsync<District>(districtId, cancellationToken)
            ?? throw PlatformException.Validation("No district has this id.", "districtId");
        session.SetHeader("reason", checkedReason);
        var id = Guid.CreateVersion7();
        session.Events.StartStream<Community>(id, new CommunityRegistered(id, checkedName, district.Id));
        await session.SaveOrConflictAsync(_ => $"{district.Name} already has a community named {checkedName}.", cancellationToken);
        return await session.LoadAsync<Community>(id, cancellationToken) ?? throw Unreadable(id);
    }

    private static InvalidOperationException Unreadable(Guid id) => new($"{id} was written but cannot be read back.");
}
