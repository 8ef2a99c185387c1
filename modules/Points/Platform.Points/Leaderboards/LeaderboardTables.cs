using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Points.Leaderboards;

/// <summary>
/// The boards' fold, created with the rest of the schema at start-up. The boards are read from the
/// ledger's entries (<see cref="BoardStore"/>); <c>points_board_fold</c> keeps what they summed up
/// to a sequence, so a load reads the entries after it only: one row per stored board
/// (<see cref="Board.IsStored"/>), month and worker, with the summed points and the sequence of the
/// last entry that moved them. <c>points_board_fold_position</c> says up to which ledger sequence
/// the fold holds every entry; it commits with the rows (<see cref="BoardFold"/>). The boards
/// themselves are held in memory by <see cref="LeaderboardGrain"/>.
/// </summary>
internal sealed class LeaderboardTables(string schema)
{
    public const string FoldName = "points_board_fold";
    public const string PositionName = "points_board_fold_position";

    /// <summary>The boards' tables of earlier builds, dropped at start-up (<see cref="RetiredBoardTables"/>).</summary>
    public static readonly string[] RetiredNames = ["points_board_feed", "points_board_feed_position", "points_leaderboard", "points_leaderboard_tally"];

    public string Fold { get; } = $"{schema}.{FoldName}";

    public string Position { get; } = $"{schema}.{PositionName}";

    public string Schema => schema;

    public IEnumerable<Table> Definitions()
    {
        var fold = new Table(new PostgresqlObjectName(schema, FoldName, SchemaUtils.IdentifierUsage.General));
        fold.AddColumn<string>("board").AsPrimaryKey();
        fold.AddColumn<string>("month").AsPrimaryKey();
        fold.AddColumn<Guid>("worker_id").AsPrimaryKey();
        fold.AddColumn<int>("points").NotNull();
        fold.AddColumn<long>("seq").NotNull();
        // A fold updates most of its rows in place: room on each page keeps the updates HOT (no new
        // index entry), which halved a fold of 100,000 entries (docs/profiling.md, twelfth pass).
        fold.StorageParameters[StorageParameterNames.FillFactor] = 50;
        yield return fold;

        var position = new Table(new PostgresqlObjectName(schema, PositionName, SchemaUtils.IdentifierUsage.General));
        position.AddColumn<string>("name").AsPrimaryKey();
        position.AddColumn<long>("seq").NotNull();
        yield return position;
    }
}
