namespace Platform.Points.Rollups;

/// <summary>
/// The sums behind reconciliation, computed by PostgreSQL: a ledger of millions of entries is never
/// read into memory. Property names are the stored JSON's (camelCase). The entries are the ledger's
/// readable side (a reversal's points are negative); their events give them a place in sequence.
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

    /// <summary>How far the followers have folded the ledger: $1 the subscription's shard.</summary>
    public static string Folded(string eventsSchema) =>
        $"select coalesce(max(last_seq_id), 0) from {eventsSchema}.mt_event_progression where name = $1";

    /// <summary>
    /// Every worker, branch and enterprise of the ledger with the sum of its entries whose events are
    /// at or below the folded position $1, in one pass ($2, $3: the ledger's event types). An entry
    /// without an event counts at once: nothing will ever fold it, so every figure differs from it.
    /// </summary>
    public static string Sums(string entries, string eventsSchema) => $"""
        with ledger as (
          select coalesce(e.seq_id, 0) as seq, {Columns}
          from {entries} l left join {eventsSchema}.mt_events e on e.data->>'sourceKey' = l.id and e.type in ($2, $3))
        select case grouping(worker, branch, enterprise) when 3 then '{ScopeColumn.Worker}' when 5 then '{ScopeColumn.Branch}' else '{ScopeColumn.Enterprise}' end,
               coalesce(worker, branch, enterprise), coalesce(sum(points) filter (where seq <= $1), 0)::int
        from ledger
        group by grouping sets ((worker), (branch), (enterprise))
        having coalesce(worker, branch, enterprise) is not null
        """;

    /// <summary>
    /// What each scope ($4 kinds, $5 ids) holds beyond the folded position $1 up to the last sequence
    /// it counted ($6): a range of the events' sequence index, as long as the daemon is behind.
    /// </summary>
    public static string Beyond(string entries, string eventsSchema) => $"""
        with ledger as (
          select e.seq_id as seq, {Columns}
          from {eventsSchema}.mt_events e join {entries} l on l.id = e.data->>'sourceKey'
          where e.seq_id > $1 and e.type in ($2, $3))
        select s.kind, s.id, sum(l.points)::int
        from unnest($4::text[], $5::uuid[], $6::bigint[]) as s(kind, id, upto)
        join ledger l on l.seq <= s.upto and s.id = case s.kind when '{ScopeColumn.Worker}' then l.worker when '{ScopeColumn.Branch}' then l.branch else l.enterprise end
        group by s.kind, s.id
        """;

    /// <summary>Ledger events after the folded position $1 ($2, $3: their types): written, not yet counted by the totals and boards.</summary>
    public static string Pending(string eventsSchema) =>
        $"select count(*)::int from {eventsSchema}.mt_events where seq_id > $1 and type in ($2, $3)";

    private const string Columns = """
        (l.data->>'workerId')::uuid as worker, (l.data->>'branchId')::uuid as branch,
        (l.data->>'enterpriseId')::uuid as enterprise, (l.data->>'points')::int as points
        """;
}

/// <summary>The ledger's columns a folded figure is kept by: a worker's (the city board), a branch's, an enterprise's.</summary>
internal static class ScopeColumn
{
    public const string Worker = "worker";
    public const string Branch = "branch";
    public const string Enterprise = "enterprise";
}
