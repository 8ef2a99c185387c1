using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Points.Leaderboards;

/// <summary>
/// The two tables behind every board, created with the rest of the schema at start-up.
/// <c>points_leaderboard</c> holds one row per worker on a board in a period; its rank index gives
/// the top of a board in one index scan. <c>points_leaderboard_tally</c> counts the workers at each
/// score, so "how many are ahead" sums a few hundred score rows instead of counting up to every
/// worker of the city.
/// </summary>
internal sealed class LeaderboardTables(string schema)
{
    public const string ScoresName = "points_leaderboard";
    public const string TallyName = "points_leaderboard_tally";

    public string Scores { get; } = $"{schema}.{ScoresName}";

    public string Tally { get; } = $"{schema}.{TallyName}";

    public IEnumerable<Table> Definitions()
    {
        var scores = new Table(new PostgresqlObjectName(schema, ScoresName, SchemaUtils.IdentifierUsage.General));
        scores.AddColumn<string>("board").AsPrimaryKey();
        scores.AddColumn<string>("period").AsPrimaryKey();
        scores.AddColumn<Guid>("worker_id").AsPrimaryKey();
        scores.AddColumn<int>("score").NotNull();
        scores.AddColumn<long>("reached").NotNull();
        // Mixed directions (score down, reached up) are the board's order; Weasel writes the column
        // list as given and PostgreSQL reads it back the same, so the schema check sees no change.
        scores.Indexes.Add(new IndexDefinition("ix_points_leaderboard_rank")
        {
            Columns = ["board", "period", "score DESC", "reached"],
            IncludeColumns = ["worker_id"],
        });
        yield return scores;

        var tally = new Table(new PostgresqlObjectName(schema, TallyName, SchemaUtils.IdentifierUsage.General));
        tally.AddColumn<string>("board").AsPrimaryKey();
        tally.AddColumn<string>("period").AsPrimaryKey();
        tally.AddColumn<int>("score").AsPrimaryKey();
        tally.AddColumn<int>("workers").NotNull();
        yield return tally;
    }
}
