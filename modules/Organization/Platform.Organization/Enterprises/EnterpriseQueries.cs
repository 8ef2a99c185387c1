using Marten;
using Platform.Organization.Common;
using Platform.Organization.Contracts;

namespace Platform.Organization.Enterprises;

/// <summary>Enterprises by name, a page at a time; open to every signed-in user (names, codes and sectors are public).</summary>
internal sealed class EnterpriseQueries(IQuerySession session)
{
    public Task<Page<Enterprise>> ListAsync(int first, string? after, Sector? sector, string? search, CancellationToken cancellationToken)
    {
        var query = session.Query<Enterprise>().AsQueryable();
        if (sector is { } s) query = query.Where(e => e.Sectors.Contains(s));
        if (Input.SearchTerm(search) is { } term)
        {
            var code = term.ToUpperInvariant();
            query = query.Where(e => e.Name.Contains(term) || e.CreditCode.StartsWith(code));
        }
        return Paging.ByNameAsync(query, first, after, e => (e.Name, e.Id), cancellationToken);
    }
}
