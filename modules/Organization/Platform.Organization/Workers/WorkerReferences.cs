using Marten;
using Platform.Kernel.Errors;
using Platform.Organization.Branches;
using Platform.Organization.Enterprises;
using Platform.Organization.Geography;

namespace Platform.Organization.Workers;

/// <summary>Checks that what a worker's input names exists; a miss is a VALIDATION error on the field.</summary>
internal sealed class WorkerReferences(IQuerySession session)
{
    public async Task<Branch> BranchAsync(Guid branchId, CancellationToken cancellationToken) =>
        await session.LoadAsync<Branch>(branchId, cancellationToken)
        ?? throw PlatformException.Validation("No branch has this id.", "branchId");

    public async Task<Guid?> GridCommunityAsync(bool gridVolunteer, Guid? communityId, CancellationToken cancellationToken)
    {
        if (!gridVolunteer)
        {
            if (communityId is not null) throw PlatformException.Validation("Only a grid volunteer serves a community.", "communityId");
            return null;
        }
        if (communityId is not { } id) throw PlatformException.Validation("A grid volunteer serves a community: name it.", "communityId");
        if (await session.LoadAsync<Community>(id, cancellationToken) is null)
            throw PlatformException.Validation("No community has this id.", "communityId");
        return id;
    }

    public async Task<IReadOnlyList<EnterpriseLink>> AffiliationsAsync(
        IReadOnlyList<EnterpriseLink>? links, CancellationToken cancellationToken)
    {
        if (links is null || links.Count == 0)
            throw PlatformException.Validation("A worker works for one or more enterprises.", "affiliations");
        if (links.Select(l => l.EnterpriseId).Distinct().Count() != links.Count)
            throw PlatformException.Validation("Name each enterprise once.", "affiliations");
        var enterprises = (await session.LoadManyAsync<Enterprise>(cancellationToken, links.Select(l => l.EnterpriseId)))
            .ToDictionary(e => e.Id);
        foreach (var link in links) Check(link, enterprises.GetValueOrDefault(link.EnterpriseId), "affiliations");
        return links;
    }

    public async Task<EnterpriseLink> AffiliationAsync(EnterpriseLink link, CancellationToken cancellationToken)
    {
        var enterprise = await session.LoadAsync<Enterprise>(link.EnterpriseId, cancellationToken);
        Check(link, enterprise, "enterpriseId");
        return link;
    }

    private static void Check(EnterpriseLink link, Enterprise? enterprise, string field)
    {
        if (enterprise is null) throw PlatformException.Validation($"No enterprise has id {link.EnterpriseId}.", field);
        if (link.OutletId is { } outlet && enterprise.FindOutlet(outlet) is null)
            throw PlatformException.Validation($"{enterprise.Name} has no outlet with id {outlet}.", "outletId");
    }
}
