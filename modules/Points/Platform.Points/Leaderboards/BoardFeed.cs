using System.Data;
using Marten;
using Npgsql;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>
/// The boards' durable side (see <see cref="LeaderboardTables"/>): how a page's rows are written,
/// and how a board in a period is loaded back into memory.
/// </summary>
internal sealed class BoardFeed
{
    private readonly BoardFeedBuild _build;
    private readonly IDocumentStore _store;
    private readonly string _append;
    private readonly string _moveTo;
    private readonly string _standings;

    public BoardFeed(BoardFeedBuild build, IDocumentStore store)
    {
        (_build, _store) = (build, store);
        var tables = new LeaderboardTables(store.Options.DatabaseSchemaName);
        (_append, _moveTo, _standings) = (LeaderboardSql.Append(tables), LeaderboardSql.MoveTo(tables), LeaderboardSql.Standings(tables));
    }

    /// <summary>Queues the rows and the feed's new position; they commit with the page's progress.</summary>
    public void Queue(IDocumentOperations operations, IReadOnlyList<FeedRow> rows, long position)
    {
        if (rows.Count > 0) operations.QueueSqlCommand(_append, Columns(rows));
        operations.QueueSqlCommand(_moveTo, LedgerSubscription.ShardName, position);
    }

    /// <summary>The five columns of rows, as <see cref="LeaderboardSql.Append"/> takes them.</summary>
    public static object[] Columns(IReadOnlyList<FeedRow> rows) =>
    [
        rows.Select(r => r.Board).ToArray(), rows.Select(r => r.Month).ToArray(), rows.Select(r => r.Sequence).ToArray(),
        rows.Select(r => r.WorkerId).ToArray(), rows.Select(r => r.Points).ToArray(),
    ];

    /// <summary>
    /// Loads a board in a period: the position and the rows are read in one snapshot, so the
    /// standings hold exactly the feed up to the position, and later changes come from the follower.
    /// </summary>
    public async Task LoadAsync(string board, string period, BoardStandings standings, CancellationToken cancellationToken)
    {
        await _build.EnsureAsync(cancellationToken);
        await using var connection = _store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        // Before the feed's first page there is nothing to load.
        standings.LoadedUpTo((await _build.PositionsAsync(transaction, cancellationToken)).Feed ?? 0);
        var (from, to) = Period.Months(period);
        await using var command = new NpgsqlCommand(_standings, connection, transaction)
        {
            Parameters = { new() { Value = board }, new() { Value = from }, new() { Value = to } },
        };
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) standings.Load(reader.GetGuid(0), reader.GetInt32(1), reader.GetInt64(2));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
