namespace Platform.Points.Leaderboards;

/// <summary>The statements of the boards' feed and of their freshness, in one place.</summary>
internal static class LeaderboardSql
{
    /// <summary>
    /// Appends feed rows (five parallel arrays, <c>?</c> placeholders). A row already there is a
    /// build on another host that got there first: the same event gives the same row.
    /// </summary>
    public static string Append(LeaderboardTables t) => $"""
        insert into {t.Feed} (board, month, seq, worker_id, points)
        select * from unnest(?::text[], ?::text[], ?::bigint[], ?::uuid[], ?::int[])
        on conflict do nothing
        """;

    /// <summary>Records that the feed is complete up to a sequence (name and sequence, <c>?</c> placeholders).</summary>
    public static string MoveTo(LeaderboardTables t) => $"""
        insert into {t.Position} (name, seq) values (?, ?)
        on conflict (name) do update set seq = excluded.seq
        """;

    /// <summary>The position a build reached, unless a page written meanwhile has moved it further.</summary>
    public static string BuiltTo(LeaderboardTables t) => $"""
        insert into {t.Position} (name, seq) values (?, ?)
        on conflict (name) do nothing
        """;

    /// <summary>
    /// Folds the feed's rows of months before a month into one row per (board, month, worker): the
    /// summed points at the last sequence. A board loads the same from either, since a load only
    /// sums the points and takes the last sequence. Rows a page appends meanwhile have later
    /// sequences (pages commit in order) and are left for the next time. The statements run in one
    /// transaction, the first deleting the rows of boards the feed no longer keeps
    /// (<see cref="Board.IsStored"/>); <see cref="FoldStatements.Fold"/> takes the month (<c>$1</c>).
    /// </summary>
    public static FoldStatements Fold(LeaderboardTables t) => new(
        $"delete from {t.Feed} where board not like '{Board.BranchPrefix}%' and board not like '{Board.EnterprisePrefix}%'",
        $"""
        create temporary table folded on commit drop as
        select board, month, max(seq) as seq, worker_id, sum(points)::int as points
        from {t.Feed} where month < $1
        group by board, month, worker_id having count(*) > 1
        """,
        $"""
        delete from {t.Feed} f using folded x
        where f.board = x.board and f.month = x.month and f.worker_id = x.worker_id and f.seq <= x.seq
        """,
        $"insert into {t.Feed} (board, month, seq, worker_id, points) select board, month, seq, worker_id, points from folded");

    /// <summary>The feed's position (null before the feed was first written) and the followers', by the position's name.</summary>
    public static string Positions(LeaderboardTables t, string eventsSchema) => $"""
        select (select seq from {t.Position} where name = $1),
               (select last_seq_id from {eventsSchema}.mt_event_progression where name = $1)
        """;

    /// <summary>
    /// A board's standings over a range of months, from the rows of the boards it is made of
    /// (<c>$1</c>): each worker's score and the sequence of the last event that moved it. One range
    /// of the feed's key per board.
    /// </summary>
    public static string Standings(LeaderboardTables t) => $"""
        select worker_id, sum(points)::int, max(seq)
        from {t.Feed}
        where board = any($1) and month between $2 and $3
        group by worker_id
        """;

    /// <summary>
    /// How current the boards are: when the first ledger event the boards have not yet applied was
    /// recorded, or the statement's time when none is waiting. Parameters: the followers' position's
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
}

/// <summary>The fold of closed months: drop the rows no board reads, sum the rows that go, delete them, insert their sums.</summary>
internal sealed record FoldStatements(string Unread, string Fold, string Delete, string Insert);
