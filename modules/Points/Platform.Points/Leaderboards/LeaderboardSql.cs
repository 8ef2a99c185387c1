namespace Platform.Points.Leaderboards;

/// <summary>The statements of the boards, in one place so the read and write sides agree on the order.</summary>
internal static class LeaderboardSql
{
    /// <summary>
    /// Applies a page's summed changes (five parallel arrays, <c>?</c> placeholders) and moves each
    /// changed worker from their old score's tally to the new one. The old score is the new one less
    /// the change, for a row that was there before (<c>xmax = 0</c> marks a row this statement
    /// inserted): the scores are not read first, since a read joined on (board, period, worker) can be
    /// planned through the rank index and scan a whole board per change.
    /// </summary>
    public static string ApplyChanges(LeaderboardTables t) => $"""
        with change as (
          select * from unnest(?::text[], ?::text[], ?::uuid[], ?::int[], ?::bigint[]) as c(board, period, worker_id, delta, reached)
        ), new as (
          insert into {t.Scores} as s (board, period, worker_id, score, reached)
          select board, period, worker_id, delta, reached from change
          on conflict (board, period, worker_id) do update set score = s.score + excluded.score, reached = excluded.reached
          returning s.board, s.period, s.worker_id, s.score, s.xmax = 0 as inserted
        ), moved as (
          select board, period, score, sum(n)::int as n
          from (select w.board, w.period, w.score - c.delta as score, -1 as n
                from new w join change c using (board, period, worker_id) where not w.inserted
                union all select board, period, score, 1 from new) m
          group by board, period, score having sum(n) <> 0
        )
        insert into {t.Tally} as t (board, period, score, workers)
        select board, period, score, n from moved
        on conflict (board, period, score) do update set workers = t.workers + excluded.workers
        """;

    /// <summary>
    /// How current the boards are: when the first ledger event the boards have not yet applied was
    /// recorded, or the statement's time when none is waiting. Parameters: the subscription's shard
    /// name and the ledger's event type names. One short walk of the events' key from the boards'
    /// position; the walk is as long as the boards are behind.
    /// </summary>
    public static string AsOf(string eventsSchema) => $"""
        select coalesce(
          (select e.timestamp from {eventsSchema}.mt_events e
           where e.seq_id > coalesce((select last_seq_id from {eventsSchema}.mt_event_progression where name = $1), 0)
             and e.type = any($2)
           order by e.seq_id limit 1),
          transaction_timestamp())
        """;

    /// <summary>The first N of a board: one scan of the rank index, in the board's order.</summary>
    public static string Top(LeaderboardTables t) => $"""
        select worker_id, score from {t.Scores}
        where board = $1 and period = $2
        order by score desc, reached
        limit $3
        """;

    /// <summary>
    /// A worker's place: 1 + workers with a higher score (summed from the tally) + workers with the
    /// same score who reached it earlier (a short range of the rank index); and the board's size.
    /// </summary>
    public static string Rank(LeaderboardTables t) => $"""
        select s.score,
               1 + coalesce((select sum(workers) from {t.Tally} h where h.board = $1 and h.period = $2 and h.score > s.score), 0)
                 + (select count(*) from {t.Scores} o where o.board = $1 and o.period = $2 and o.score = s.score and o.reached < s.reached),
               coalesce((select sum(workers) from {t.Tally} h where h.board = $1 and h.period = $2), 0)
        from {t.Scores} s
        where s.board = $1 and s.period = $2 and s.worker_id = $3
        """;
}
