using Marten;
using Platform.Organization.Common;
using Platform.Organization.Contracts;

namespace Platform.Organization.Branches;

internal sealed record BranchFilter(Guid? DistrictId, BranchKind? Kind, Guid? EnterpriseId, string? Search);

/// <summary>Branches by name, a page at a time; open to every signed-in user.</summary>
internal sealed class BranchQueries(IQuerySession session)
{
    public Task<Page<Branch>> ListAsync(int first, string? after, BranchFilter filter, CancellationToken cancellationToken)
    {
        var query = session.Query<Branch>().AsQueryable();
        if (filter.DistrictId is { } district) query = query.Where(b => b.DistrictId == district);
        if (filter.Kind is { } kind) query = query.Where(b => b.Kind == kind);
        if (filter.EnterpriseId is { } enterprise) query = query.Where(b => b.EnterpriseId == enterprise);
        if (Input.SearchTerm(filter.Search) is { } term) query = query.Where(b => b.Name.Contains(term));
        return Paging.ByNameAsync(query, first, after, b => (b.Name, b.Id), cancellationToken);
    }
}
