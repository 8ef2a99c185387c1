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
    private readonly BoardPlacement _placement;
    private readonly IDocumentStore _store;
    private readonly string _append;
    private readonly string _moveTo;
    private readonly string _standings;

    public BoardFeed(BoardFeedBuild build, BoardPlacement placement, IDocumentStore store)
    {
        (_build, _placement, _store) = (build, placement, store);
        var tables = new LeaderboardTables(store.Options.DatabaseSchemaName);
        (_append, _moveTo, _standings) = (LeaderboardSql.Append(tables), LeaderboardSql.MoveTo(tables), LeaderboardSql.Standings(tables));
    }

    /// <summary>Queues the rows and the feed's new position; they commit with the page's progress.</summary>
    public void Queue(IDocumentOperations operations, IReadOnlyList<FeedRow> rows, long position)
    {
        if (StoredColumns(rows) is { } columns) operations.QueueSqlCommand(_append, columns);
        operations.QueueSqlCommand(_moveTo, LedgerTail.PositionName, position);
    }

    /// <summary>The five columns of the rows the feed keeps (<see cref="Board.IsStored"/>), as <see cref="LeaderboardSql.Append"/> takes them; null for none.</summary>
    public static object[]? StoredColumns(IReadOnlyList<FeedRow> rows)
    {
        var stored = rows.Where(r => Board.IsStored(r.Board)).ToList();
        return stored.Count == 0 ? null :
        [
            stored.ConvertAll(r => r.Board).ToArray(), stored.ConvertAll(r => r.Month).ToArray(), stored.ConvertAll(r => r.Sequence).ToArray(),
            stored.ConvertAll(r => r.WorkerId).ToArray(), stored.ConvertAll(r => r.Points).ToArray(),
        ];
    }

    /// <summary>
    /// Loads a board in a period: the position and the rows are read in one snapshot, so the
    /// standings hold exactly the feed up to the position, and later changes come from the follower.
    /// The city, a district or a sector is loaded from its branches' or enterprises' rows.
    /// </summary>
    public async Task LoadAsync(string board, string period, BoardStandings standings, CancellationToken cancellationToken)
    {
        await _build.EnsureAsync(cancellationToken);
        await using var connection = _store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        // Before the feed's first page there is nothing to load.
        standings.LoadedUpTo((await _build.PositionsAsync(transaction, cancellationToken)).Feed ?? 0);
        // Asked of the registry after the snapshot is taken: branches and enterprises are never
        // removed, nor moved between districts or sectors, so every one with rows in it is named.
        var boards = await _placement.StoredBoardsOfAsync(board, cancellationToken);
        var (from, to) = Period.Months(period);
        await using var command = new NpgsqlCommand(_standings, connection, transaction)
        {
            Parameters = { new() { Value = boards }, new() { Value = from }, new() { Value = to } },
        };
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) standings.Load(reader.GetGuid(0), reader.GetInt32(1), reader.GetInt64(2));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
