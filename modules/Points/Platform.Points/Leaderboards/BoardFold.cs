using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Points.Ledger;
using Platform.Points.Storage;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Keeps a board's load from reading the whole ledger: adds the entries the follower has passed to
/// the fold (<see cref="LeaderboardSql.Fold"/>), one row per stored board, month and worker, once
/// <see cref="Every"/> entries have gone by since the last fold (and at the first look after a start),
/// in the background, beside the follower and not in its way. A fold that fails is logged and tried
/// again at the next look that finds it due. Hosts that fold at once wait for each other (an
/// advisory lock), and the later one finds nothing left to fold.
/// </summary>
internal sealed partial class BoardFold(BoardStore boards, RetiredBoardTables retired, IDocumentStore store, ILogger<BoardFold> logger)
{
    /// <summary>
    /// How many ledger sequences may go by before the next fold: a load reads at most about this
    /// many entries after the fold (by their sequence), and a fold of them takes a second or two.
    /// </summary>
    public const long Every = 100_000;

    /// <summary>The memory the fold's transaction may group in before it spills to disk.</summary>
    private const string WorkMemory = "64MB";

    private readonly FoldStatements _fold = LeaderboardSql.Fold(
        new LeaderboardTables(store.Options.DatabaseSchemaName), new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified);
    private readonly string _lockName = new LeaderboardTables(store.Options.DatabaseSchemaName).Fold;
    private readonly Lock _gate = new();
    private long? _folded;
    private Task _running = Task.CompletedTask;

    /// <summary>Starts a fold if none is running and the follower is <see cref="Every"/> sequences past the last one (or none ran in this process).</summary>
    public void StartIfDue(long followed)
    {
        lock (_gate)
        {
            if (!_running.IsCompleted || (_folded is { } folded && followed - folded < Every)) return;
            _folded = followed;
            _running = Task.Run(RunAsync);
        }
    }

    /// <summary>Completes when no fold is running (for tests and shutdown).</summary>
    public Task IdleAsync()
    {
        lock (_gate) return _running;
    }

    /// <summary>Folds the entries up to the follower's committed position; returns how many rows were written.</summary>
    public async Task<int> FoldAsync(CancellationToken cancellationToken)
    {
        await retired.EnsureAsync(cancellationToken);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A fold groups a few hundred thousand rows: with PostgreSQL's default 4 MB it sorted them
        // on disk, about 40 % of the fold's time (docs/profiling.md, twentieth pass).
        await using (var locked = PositionalCommand.For(connection, transaction,
                         $"select set_config('work_mem', '{WorkMemory}', true), pg_advisory_xact_lock(hashtext($1))", _lockName))
            await locked.ExecuteNonQueryAsync(cancellationToken);
        var (folded, followed) = await boards.PositionsAsync(transaction, cancellationToken);
        lock (_gate) _folded = Math.Max(_folded ?? 0, followed);
        if (followed <= folded) return 0;

        await using var rows = PositionalCommand.For(connection, transaction, _fold.Rows, folded, followed);
        var written = await rows.ExecuteNonQueryAsync(cancellationToken);
        await using var moveTo = PositionalCommand.For(connection, transaction, _fold.MoveTo, followed);
        await moveTo.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private async Task RunAsync()
    {
        try
        {
            var written = await FoldAsync(CancellationToken.None);
            if (written > 0) Folded(written);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or ObjectDisposedException or OperationCanceledException)
        {
            lock (_gate) _folded = null;
            FoldFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Leaderboards: {Written} rows of the fold written")]
    private partial void Folded(int written);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboards: folding the ledger's entries failed; it is tried again at the next look")]
    private partial void FoldFailed(Exception exception);
}
