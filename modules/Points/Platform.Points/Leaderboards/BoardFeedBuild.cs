using Marten;
using Npgsql;
using Platform.Points.Ledger;
using Platform.Points.Storage;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Makes sure the feed holds every earning ledger change the followers have passed, once per
/// process, before a board is loaded or a page is written. The feed is complete when it has a
/// position. Without one, the followers have either not folded anything yet (a new database:
/// the first page writes the position) or it folded into the retired board tables (a database from
/// before 2026-11-28): then the feed is built from the ledger up to the followers' position in
/// one transaction, and the retired tables are dropped. Hosts that build at the same time write
/// the same rows; the later ones skip them.
/// </summary>
internal sealed class BoardFeedBuild(FeedRows rows, LedgerPages pages, IDocumentStore store)
{
    private const int Chunk = 5_000;

    private readonly LeaderboardTables _tables = new(store.Options.DatabaseSchemaName);
    private readonly Lock _gate = new();
    private Task? _building;

    /// <summary>
    /// Waits for the build, started once (again after a failure) and not tied to any caller: a reader
    /// that stops waiting, such as a grain call that times out, leaves it running for the next.
    /// </summary>
    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        Task building;
        lock (_gate)
        {
            if (_building is null || _building.IsFaulted || _building.IsCanceled) _building = BuildAsync();
            building = _building;
        }
        return building.WaitAsync(cancellationToken);
    }

    private async Task BuildAsync()
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var (feed, followers) = await PositionsAsync(transaction, CancellationToken.None);
        if (feed is not null) return;

        if (followers is { } upTo and > 0)
        {
            for (var after = 0L; after < upTo;)
            {
                var page = await pages.ReadAsync(connection, after, upTo, Chunk, CancellationToken.None);
                var chunk = await rows.RowsOfAsync(page.Changes, CancellationToken.None);
                if (BoardFeed.StoredColumns(chunk) is { } columns) await ExecuteAsync(transaction, LeaderboardSql.Append(_tables), columns);
                after = page.Ceiling;
            }
            await ExecuteAsync(transaction, LeaderboardSql.BuiltTo(_tables), [LedgerTail.PositionName, upTo]);
        }
        var retired = string.Join(", ", LeaderboardTables.RetiredNames.Select(n => $"{_tables.Schema}.{n}"));
        await ExecuteAsync(transaction, $"drop table if exists {retired}", []);
        await transaction.CommitAsync();
    }

    /// <summary>The feed's position (null before its first page) and the followers' (<see cref="LedgerTail"/>), in the caller's transaction.</summary>
    public async Task<(long? Feed, long? Followers)> PositionsAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(LeaderboardSql.Positions(_tables, store.Options.Events.DatabaseSchemaName), transaction.Connection, transaction)
        {
            Parameters = { new() { Value = LedgerTail.PositionName } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1));
    }

    /// <summary>Runs a statement written with <c>?</c> placeholders (the follower queues the same ones on Marten's operations).</summary>
    private static async Task ExecuteAsync(NpgsqlTransaction transaction, string sql, object[] values)
    {
        var parts = sql.Split('?');
        var numbered = string.Concat(parts.Select((part, i) => i == 0 ? part : $"${i}{part}"));
        await using var command = PositionalCommand.For(transaction.Connection!, transaction, numbered, values);
        await command.ExecuteNonQueryAsync();
    }
}
