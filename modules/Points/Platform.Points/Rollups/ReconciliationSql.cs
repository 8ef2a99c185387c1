namespace Platform.Points.Rollups;

/// <summary>
/// The sums behind reconciliation, computed by PostgreSQL: a ledger of millions of entries is never
/// read into memory. The entries are the ledger's readable side (a reversal's points are negative),
/// each with its event's sequence.
/// </summary>
internal static class ReconciliationSql
{
    /// <summary>Workers whose account balance is not the sum of their entries (either side may be missing), and how many workers there are.</summary>
    public static string Workers(string entries, string balances) => $"""
        with ledger as (
          select worker_id as worker, sum(points)::int as total
          from {entries} group by 1),
        account as (
          select worker_id as worker, sum(points)::int as balance from {balances} group by 1)
        select coalesce(l.worker, a.worker), coalesce(l.total, 0), coalesce(a.balance, 0), count(*) over ()
        from ledger l full join account a on a.worker = l.worker
        """;

    /// <summary>
    /// Every worker, branch and enterprise of the ledger with the sum of its entries whose events are
    /// at or below the folded position $1, in one pass. An entry without an event (sequence 0)
    /// counts at once: nothing will ever fold it, so every figure differs from it.
    /// </summary>
    public static string Sums(string entries) => $"""
        with ledger as (select seq, {Columns} from {entries})
        select case grouping(worker, branch, enterprise) when 3 then '{ScopeColumn.Worker}' when 5 then '{ScopeColumn.Branch}' else '{ScopeColumn.Enterprise}' end,
               coalesce(worker, branch, enterprise), coalesce(sum(points) filter (where seq <= $1), 0)::int
        from ledger
        group by grouping sets ((worker), (branch), (enterprise))
        having coalesce(worker, branch, enterprise) is not null
        """;

    /// <summary>
    /// What each scope ($2 kinds, $3 ids) holds beyond the folded position $1 up to the last sequence
    /// it counted ($4). It scans the entries, as the sums do: reconciliation reads the whole ledger.
    /// </summary>
    public static string Beyond(string entries) => $"""
        with ledger as (select seq, {Columns} from {entries} where seq > $1)
        select s.kind, s.id, sum(l.points)::int
        from unnest($2::text[], $3::uuid[], $4::bigint[]) as s(kind, id, upto)
        join ledger l on l.seq <= s.upto and s.id = case s.kind when '{ScopeColumn.Worker}' then l.worker when '{ScopeColumn.Branch}' then l.branch else l.enterprise end
        group by s.kind, s.id
        """;

    /// <summary>Ledger events after the folded position $1 ($2, $3: their types): written, not yet counted by the totals and boards.</summary>
    public static string Pending(string eventsSchema) =>
        $"select count(*)::int from {eventsSchema}.mt_events where seq_id > $1 and type in ($2, $3)";

    private const string Columns = "worker_id as worker, branch_id as branch, enterprise_id as enterprise, points";
}

/// <summary>The ledger's columns a folded figure is kept by: a worker's (the city board), a branch's, an enterprise's.</summary>
internal static class ScopeColumn
{
    public const string Worker = "worker";
    public const string Branch = "branch";
    public const string Enterprise = "enterprise";
}
