using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Keeps the feed from growing with every award: once a month is over, its rows are folded into
/// one per board and worker (<see cref="LeaderboardSql.Fold"/>). Started by the follower, so on
/// the one host that runs the daemon, once per process and month, beside the daemon and not in its
/// way; a fold that fails is tried again at the next start. Hosts that fold at once wait for each
/// other (an advisory lock), and the later one finds nothing left to fold.
/// </summary>
internal sealed partial class BoardFeedCompaction(IDocumentStore store, ProgrammeCalendar calendar, ILogger<BoardFeedCompaction> logger)
{
    private static readonly long LockKey = BitConverter.ToInt64("jufeng.boards.compaction"u8[..8]);

    private readonly FoldStatements _fold = LeaderboardSql.Fold(new LeaderboardTables(store.Options.DatabaseSchemaName));
    private readonly Lock _gate = new();
    private string? _startedFor;
    private Task _running = Task.CompletedTask;

    /// <summary>Starts folding the months before the current one, unless that was started already in this process.</summary>
    public void StartIfDue()
    {
        var month = calendar.ThisMonth();
        lock (_gate)
        {
            if (_startedFor == month || !_running.IsCompleted) return;
            _startedFor = month;
            _running = Task.Run(() => RunAsync(month));
        }
    }

    /// <summary>Completes when no fold is running (for tests and shutdown).</summary>
    public Task IdleAsync()
    {
        lock (_gate) return _running;
    }

    /// <summary>Folds the rows of months before <paramref name="before"/> ("2026-11"); returns how many rows went.</summary>
    public async Task<int> CompactAsync(string before, CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var wait = new NpgsqlCommand("select pg_advisory_xact_lock($1)", connection, transaction))
        {
            wait.Parameters.Add(new() { Value = LockKey });
            await wait.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var unread = new NpgsqlCommand(_fold.Unread, connection, transaction);
        var removed = await unread.ExecuteNonQueryAsync(cancellationToken);
        await using (var fold = new NpgsqlCommand(_fold.Fold, connection, transaction))
        {
            fold.Parameters.Add(new() { Value = before });
            await fold.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var delete = new NpgsqlCommand(_fold.Delete, connection, transaction);
        await using var insert = new NpgsqlCommand(_fold.Insert, connection, transaction);
        removed += await delete.ExecuteNonQueryAsync(cancellationToken) - await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    private async Task RunAsync(string month)
    {
        try
        {
            var removed = await CompactAsync(month, CancellationToken.None);
            if (removed > 0) Folded(removed, month);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or ObjectDisposedException or OperationCanceledException)
        {
            FoldFailed(e, month);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Leaderboard feed: {Removed} rows of months before {Month} folded away")]
    private partial void Folded(int removed, string month);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboard feed: folding the months before {Month} failed; it is tried again at the next start")]
    private partial void FoldFailed(Exception exception, string month);
}
