using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Points.Leaderboards;

/// <summary>
/// The boards' feed, created with the rest of the schema at start-up. <c>points_board_feed</c> holds
/// one row per earning ledger event per stored board it counts on (<see cref="Board.IsStored"/>): append-only, written a page at a time by
/// <see cref="LeaderboardFollower"/>, keyed so that a board's months are one range of the key (a
/// board in a period loads in one index scan). <c>points_board_feed_position</c> says up to which
/// ledger sequence the feed is complete; it commits with the rows. The boards themselves are held in
/// memory by <see cref="LeaderboardGrain"/>.
/// </summary>
internal sealed class LeaderboardTables(string schema)
{
    public const string FeedName = "points_board_feed";
    public const string PositionName = "points_board_feed_position";

    /// <summary>The tables of the boards before they were held in memory (until 2026-11-28), dropped once the feed is built.</summary>
    public static readonly string[] RetiredNames = ["points_leaderboard", "points_leaderboard_tally"];

    public string Feed { get; } = $"{schema}.{FeedName}";

    public string Position { get; } = $"{schema}.{PositionName}";

    public string Schema => schema;

    public IEnumerable<Table> Definitions()
    {
        var feed = new Table(new PostgresqlObjectName(schema, FeedName, SchemaUtils.IdentifierUsage.General));
        feed.AddColumn<string>("board").AsPrimaryKey();
        feed.AddColumn<string>("month").AsPrimaryKey();
        feed.AddColumn<long>("seq").AsPrimaryKey();
        feed.AddColumn<Guid>("worker_id").NotNull();
        feed.AddColumn<int>("points").NotNull();
        yield return feed;

        var position = new Table(new PostgresqlObjectName(schema, PositionName, SchemaUtils.IdentifierUsage.General));
        position.AddColumn<string>("name").AsPrimaryKey();
        position.AddColumn<long>("seq").NotNull();
        yield return position;
    }
}
