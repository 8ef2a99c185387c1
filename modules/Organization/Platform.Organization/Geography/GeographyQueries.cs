using Marten;
using Platform.Organization.Common;

namespace Platform.Organization.Geography;

/// <summary>Districts and communities by name, a page at a time; open to every signed-in user.</summary>
internal sealed class GeographyQueries(IQuerySession session)
{
    public Task<Page<District>> DistrictsAsync(int first, string? after, string? search, CancellationToken cancellationToken)
    {
        var query = session.Query<District>().AsQueryable();
        if (Input.SearchTerm(search) is { } term) query = query.Where(d => d.Name.Contains(term));
        return Paging.ByNameAsync(query, first, after, d => (d.Name, d.Id), cancellationToken);
    }

    public Task<Page<Community>> CommunitiesAsync(
        int first, string? after, Guid? districtId, string? search, CancellationToken cancellationToken)
    {
        var query = session.Query<Community>().AsQueryable();
        if (districtId is { } district) query = query.Where(c => c.DistrictId == district);
        if (Input.SearchTerm(search) is { } term) query = query.Where(c => c.Name.Contains(term));
        return Paging.ByNameAsync(query, first, after, c => (c.Name, c.Id), cancellationToken);
    }
}
