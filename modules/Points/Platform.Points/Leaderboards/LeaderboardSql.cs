namespace Platform.Points.Leaderboards;

/// <summary>The statements of the boards' loads, their fold and their freshness, in one place.</summary>
internal static class LeaderboardSql
{
    /// <summary>The name of the fold's position row.</summary>
    public const string FoldPositionName = "boards";

    /// <summary>
    /// How far the fold holds every entry (0 before the first fold) and how far the boards' follower
    /// has got (<c>$1</c>: its position's name; 0 before its first page), read in the caller's snapshot.
    /// </summary>
    public static string Positions(LeaderboardTables t, string eventsSchema) => $"""
        select coalesce((select seq from {t.Position} where name = '{FoldPositionName}'), 0),
               coalesce((select last_seq_id from {eventsSchema}.mt_event_progression where name = $1), 0)
        """;

    /// <summary>
    /// A board's standings over a range of months (<c>$2</c> to <c>$3</c>): each worker's score and
    /// the sequence of the last entry that moved it. The fold's rows of the stored boards it is made
    /// of (<c>$1</c>), and the earning entries after the fold (<c>$4</c>) up to the follower's
    /// position (<c>$5</c>) of those boards' branches (<c>$6</c>) or enterprises (<c>$7</c>): one
    /// range of the fold's key per board and one range of the entries' sequence.
    /// </summary>
    public static string Standings(LeaderboardTables t, string entries) => $"""
        select worker_id, sum(points)::int, max(seq)
        from (
          select worker_id, points, seq from {t.Fold}
          where board = any($1) and month between $2 and $3
          union all
          select worker_id, points, seq from {entries}
          where seq > $4 and seq <= $5 and points <> 0 and month between $2 and $3
            and (branch_id = any($6) or enterprise_id = any($7))
        ) counted
        group by worker_id
        """;

    /// <summary>
    /// Adds the earning entries after the fold's position (<c>$1</c>) up to the follower's (<c>$2</c>)
    /// to the fold, per stored board, month and worker; then moves the fold's position there (<c>$1</c>).
    /// A load sums the points and takes the last sequence, so it reads the same standings from the
    /// rows and from the entries they sum.
    /// </summary>
    public static FoldStatements Fold(LeaderboardTables t, string entries) => new($"""
        insert into {t.Fold} as f (board, month, worker_id, points, seq)
        select b.board, e.month, e.worker_id, sum(e.points)::int, max(e.seq)
        from {entries} e
        cross join lateral (values ('{Board.BranchPrefix}' || e.branch_id), ('{Board.EnterprisePrefix}' || e.enterprise_id)) as b(board)
        where e.seq > $1 and e.seq <= $2 and e.points <> 0 and b.board is not null
        group by b.board, e.month, e.worker_id
        on conflict (board, month, worker_id) do update set points = f.points + excluded.points, seq = greatest(f.seq, excluded.seq)
        """,
        $"""
        insert into {t.Position} (name, seq) values ('{FoldPositionName}', $1)
        on conflict (name) do update set seq = excluded.seq
        """,
        $"""
        select coalesce((select seq from {entries} where seq > $1 and seq <= $2 order by seq offset $3 limit 1), $2)
        """);

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

/// <summary>
/// The fold: add the entries to the rows, then move the position (<see cref="LeaderboardSql.Fold"/>);
/// and where a slice ends: at the entry a given number past the fold's position (<c>$1</c>,
/// <c>$3</c>), or at <c>$2</c> when fewer remain, so sequences without entries cost no slice.
/// </summary>
internal sealed record FoldStatements(string Rows, string MoveTo, string SliceEnd);
