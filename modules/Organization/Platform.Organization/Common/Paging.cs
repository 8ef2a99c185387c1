using System.Text;
using Marten;
using Marten.Linq.MatchesSql;
using Platform.Kernel.Errors;

namespace Platform.Organization.Common;

internal sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, string? NextCursor);

/// <summary>
/// Keyset paging by name, then id: stable under inserts, no OFFSET scans. The cursor is the last
/// row's (name, id); the row comparison and the ORDER BY use the same expressions, so they agree
/// whatever the database's collation.
/// </summary>
internal static class Paging
{
    public const int MaxPageSize = 100;
    private const string OrderKey = "data ->> 'name', id";

    public static async Task<Page<T>> ByNameAsync<T>(
        IQueryable<T> query, int first, string? after, Func<T, (string Name, Guid Id)> key, CancellationToken cancellationToken)
        where T : notnull
    {
        if (first is < 1 or > MaxPageSize)
            throw PlatformException.Validation($"first is between 1 and {MaxPageSize}.", "first");
        var total = await query.CountAsync(cancellationToken);
        if (after is not null)
        {
            var (name, id) = Decode(after);
            query = query.Where(x => x.MatchesSql($"({OrderKey}) > (?, ?)", name, id));
        }
        var items = await query.OrderBySql(OrderKey).Take(first + 1).ToListAsync(cancellationToken);
        var page = items.Take(first).ToList();
        return new Page<T>(page, total, items.Count > first ? Encode(key(page[^1])) : null);
    }

    private static string Encode((string Name, Guid Id) last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.Id:D}:{last.Name}"));

    private static (string Name, Guid Id) Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.Length > 37 && text[36] == ':' && Guid.TryParseExact(text[..36], "D", out var id)) return (text[37..], id);
        }
        catch (FormatException)
        {
        }
        throw PlatformException.Validation("The cursor is not one this query gave.", "after");
    }
}
