namespace Platform.Points.Rollups;

/// <summary>
/// The sums behind reconciliation, computed by PostgreSQL over the stored documents: a ledger of
/// millions of entries is never read into memory. Property names are the stored JSON's (camelCase).
/// </summary>
internal static class ReconciliationSql
{
    /// <summary>Workers whose account balance is not the sum of their entries (either side may be missing), and how many workers there are.</summary>
    public static string Workers(string entries, string accounts) => $"""
        with ledger as (
          select (data->>'workerId')::uuid as worker, sum((data->>'points')::int)::int as total
          from {entries} group by 1),
        account as (
          select (data->>'workerId')::uuid as worker, (data->>'balance')::int as balance from {accounts})
        select coalesce(l.worker, a.worker), coalesce(l.total, 0), coalesce(a.balance, 0), count(*) over ()
        from ledger l full join account a on a.worker = l.worker
        """;

    /// <summary>The ledger's sum per branch or per enterprise (<paramref name="property"/>), to compare with the grains' totals.</summary>
    public static string Sums(string entries, string property) => $"""
        select (data->>'{property}')::uuid, sum((data->>'points')::int)::int
        from {entries} where data->>'{property}' is not null group by 1
        """;
}
