namespace Platform.Points.Facts;

/// <summary>
/// The sums behind <see cref="PointsFacts"/>, computed by PostgreSQL over the ledger's entries and the
/// stored reports (JSON names are camelCase). Every ledger read filters on the programme months the period spans as well
/// as on the exact instants: the month is indexed with the branch and the enterprise, the instant is not.
/// Parameters are positional: <c>$1</c> the months, <c>$2</c> from, <c>$3</c> to, then each query's own.
/// </summary>
internal static class FactsSql
{
    private const string InPeriod = """
        month = any($1) and occurred_at >= $2 and occurred_at < $3
        """;

    /// <summary>Points by category of one holder (<paramref name="column"/>: worker_id, branch_id or enterprise_id = $4).</summary>
    public static string ByCategory(string entries, string column) => $"""
        select category, sum(points)::int from {entries}
        where {column} = $4 and {InPeriod}
        group by 1
        """;

    /// <summary>Reports of the worker ($1) whose verification stands and was made in [$2, $3).</summary>
    public static string VerifiedReports(string reports) => $"""
        select count(*)::int from {reports} r
        where (r.data->>'workerId')::uuid = $1 and r.data->>'status' = 'Verified'
          and exists (select 1 from jsonb_array_elements(r.data->'history') h
                      where h->>'status' = 'Verified' and (h->>'at')::timestamptz >= $2 and (h->>'at')::timestamptz < $3)
        """;

    /// <summary>
    /// A page of a ranking: <paramref name="holder"/> is the column ranked; <paramref name="scope"/>
    /// a condition on where workers earned (or null); <paramref name="after"/> adds the keyset condition
    /// on <c>$5</c> (points) and <c>$6</c> (id). <c>$4</c> is the page size.
    /// </summary>
    public static string Top(string entries, string holder, string? scope, bool after)
    {
        var scoped = scope is null ? "" : $"""
             and {holder} in (
              select distinct {holder} from {entries} where {scope} and {InPeriod})
            """;
        var keyset = after ? "where points < $5 or (points = $5 and holder > $6)" : "";
        return $"""
            with sums as (
              select {holder} as holder, sum(points)::int as points from {entries}
              where {holder} is not null and {InPeriod}{scoped}
              group by 1)
            select holder, points from sums {keyset}
            order by points desc, holder
            limit $4
            """;
    }
}
