using System.Linq.Expressions;
using Marten;
using Marten.Linq.MatchesSql;
using Platform.Kernel.Errors;

namespace Platform.Points.Sources;

/// <summary>A page of a source's documents (grid tasks, reports), with the cursor of the next page.</summary>
internal sealed record SourcePage<T>(IReadOnlyList<T> Items, int TotalCount, string? NextCursor);

/// <summary>
/// Keyset paging on the id alone: ids are UUID v7, so their order is the order of submission
/// (to the millisecond), stable under inserts, without OFFSET scans. The cursor is the last id.
/// </summary>
internal static class KeysetPaging
{
    public const int MaxPageSize = 100;

    public static async Task<SourcePage<T>> PageAsync<T>(
        IQueryable<T> query, Expression<Func<T, Guid>> idOf, bool newestFirst, int first, string? after, CancellationToken cancellationToken)
        where T : class
    {
        if (first is < 1 or > MaxPageSize) throw PlatformException.Validation($"first is between 1 and {MaxPageSize}.", "first");
        var total = await query.CountAsync(cancellationToken);
        if (after is not null)
        {
            var last = Decode(after);
            query = query.Where(t => t.MatchesSql(newestFirst ? "id < ?" : "id > ?", last));
        }
        var ordered = newestFirst ? query.OrderByDescending(idOf) : query.OrderBy(idOf);
        var items = await ordered.Take(first + 1).ToListAsync(cancellationToken);
        var page = items.Take(first).ToList();
        return new SourcePage<T>(page, total, items.Count > first ? Encode(idOf.Compile()(page[^1])) : null);
    }

    private static string Encode(Guid id) => Convert.ToBase64String(id.ToByteArray(bigEndian: true));

    private static Guid Decode(string cursor)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (Convert.TryFromBase64String(cursor, bytes, out var written) && written == 16) return new Guid(bytes, bigEndian: true);
        throw PlatformException.Validation("The cursor is not one this query gave.", "after");
    }
}
