using System.Text;
using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;

namespace Platform.Access.Users;

internal sealed record UserPage(IReadOnlyList<UserAccount> Items, int TotalCount, string? NextCursor);

/// <summary>Users listed by phone number, filtered, a page at a time (keyset paging).</summary>
internal sealed class UserDirectory(IQuerySession session)
{
    public const int MaxPageSize = 100;

    public async Task<UserPage> ListAsync(int first, string? after, Role? role, string? search, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize)
            throw PlatformException.Validation($"first is between 1 and {MaxPageSize}.", "first");
        var query = session.Query<UserAccount>().AsQueryable();
        if (role is { } r) query = query.Where(u => u.Grants.Any(g => g.Role == r));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(u => u.Name.Contains(term) || u.Phone.StartsWith(term));
        }
        var total = await query.CountAsync(cancellationToken);
        if (after is not null)
        {
            var afterPhone = DecodeCursor(after);
            query = query.Where(u => u.Phone.CompareTo(afterPhone) > 0);
        }
        var items = await query.OrderBy(u => u.Phone).Take(first + 1).ToListAsync(cancellationToken);
        var more = items.Count > first;
        var page = items.Take(first).ToList();
        return new UserPage(page, total, more ? EncodeCursor(page[^1].Phone) : null);
    }

    private static string EncodeCursor(string phone) => Convert.ToBase64String(Encoding.UTF8.GetBytes("phone:" + phone));

    private static string DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("phone:", StringComparison.Ordinal)) return text[6..];
        }
        catch (FormatException)
        {
        }
        throw PlatformException.Validation("The cursor is not one this query gave.", "after");
    }
}
