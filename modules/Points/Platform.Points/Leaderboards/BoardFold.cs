using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Points.Ledger;
using Platform.Points.Storage;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Keeps a board's load from reading the whole ledger: adds the entries the follower has passed to
/// the fold (<see cref="LeaderboardSql.Fold"/>), one row per stored board, month and worker, once
/// <see cref="Every"/> sequences have gone by since the last fold (and at the first look after a start),
/// in the background, beside the follower and not in its way, in slices with rests between them. A
/// fold that fails is logged and tried again at the next look that finds it due. Hosts that fold at
/// once wait for each other (an advisory lock), and the later one finds nothing left to fold.
/// </summary>
internal sealed partial class BoardFold(
    BoardStore boards, RetiredBoardTables retired, IDocumentStore store, LedgerMetrics metrics, IHostApplicationLifetime lifetime,
    ILogger<BoardFold> logger)
{
    /// <summary>
    /// How many ledger sequences may go by before the next fold: about two seconds of single
    /// submissions at 2,500 a second, so the fold goes on a few slices at a time beside them. A
    /// fold every 100,000 cost the same per entry but came as 100 slices (3 s of PostgreSQL) at
    /// once, and the single submissions of those ten seconds waited behind it (docs/profiling.md,
    /// twenty-eighth pass). A load reads at most about this many entries after the fold.
    /// </summary>
    public const long Every = 5_000;

    /// <summary>A fold with more sequences than this left to go (the first after a start, or one behind batch intake) does not rest until less is left.</summary>
    private const long Behind = 100_000;

    /// <summary>
    /// At most this many ledger entries in one statement of a fold. One statement for 100,000
    /// sequences took a core for most of a second (0.5–1 s), and the requests of that second waited
    /// behind it; a slice of 5,000 took 150 ms under load, of 1,000 about 40 ms (docs/profiling.md,
    /// twenty-sixth pass). Counted in entries, not sequences: events of other kinds took a slice
    /// per 1,000 sequences without an entry among them. Slices group fewer entries per worker, so
    /// a fold writes more rows in all.
    /// </summary>
    public const long Slice = 1_000;

    /// <summary>
    /// How long a fold rests after each slice, as a multiple of the slice's time, so it takes at most
    /// a quarter of a core (while less than <see cref="Behind"/> sequences of it remain).
    /// </summary>
    private const int RestPerSlice = 3;

    private readonly FoldStatements _fold = LeaderboardSql.Fold(
        new LeaderboardTables(store.Options.DatabaseSchemaName), new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified);
    private readonly string _lockName = new LeaderboardTables(store.Options.DatabaseSchemaName).Fold;
    private readonly Lock _gate = new();
    private long? _folded;
    private long _followed;
    private Task _running = Task.CompletedTask;

    /// <summary>
    /// Starts a fold if none is running and the follower is <see cref="Every"/> sequences past the
    /// last one (or none ran in this process). One that is running folds again when it ends if the
    /// follower has gone that far past it meanwhile.
    /// </summary>
    public void StartIfDue(long followed)
    {
        lock (_gate)
        {
            _followed = Math.Max(_followed, followed);
            if (!_running.IsCompleted || !DueLocked(followed)) return;
            _folded = followed;
            _running = Task.Run(RunAsync);
        }
    }

    /// <summary>Whether a fold up to <paramref name="followed"/> is due: none has run in this process, or it is <see cref="Every"/> past the last. Under the gate.</summary>
    private bool DueLocked(long followed) => _folded is not { } folded || followed - folded >= Every;

    /// <summary>Completes when no fold is running (for tests and shutdown).</summary>
    public Task IdleAsync()
    {
        lock (_gate) return _running;
    }

    /// <summary>
    /// Folds the entries up to the follower's committed position when the fold began, a slice at a
    /// time; says how many rows were written, in how many slices.
    /// </summary>
    public async Task<FoldResult> FoldAsync(CancellationToken cancellationToken)
    {
        await retired.EnsureAsync(cancellationToken);
        var result = new FoldResult(0, 0);
        long? target = null;
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            var slice = await FoldSliceAsync(target, cancellationToken);
            target = slice.Target;
            if (slice.To == slice.From) return result;
            metrics.Sliced(Stopwatch.GetElapsedTime(started));
            result = new(result.Rows + slice.Written, result.Slices + 1);
            if (slice.To == slice.Target) return result;
            if (slice.Target - slice.To < Behind) await Task.Delay(Stopwatch.GetElapsedTime(started) * RestPerSlice, cancellationToken);
        }
    }

    /// <summary>
    /// Folds at most <see cref="Slice"/> entries after the fold's position, up to
    /// <paramref name="target"/> (the follower's position when null), rows and position in one
    /// transaction, so every slice leaves the fold whole.
    /// </summary>
    private async Task<(int Written, long From, long To, long Target)> FoldSliceAsync(long? target, CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var locked = PositionalCommand.For(connection, transaction, "select pg_advisory_xact_lock(hashtext($1))", _lockName))
            await locked.ExecuteNonQueryAsync(cancellationToken);
        var (folded, followed) = await boards.PositionsAsync(transaction, cancellationToken);
        var until = Math.Min(target ?? followed, followed);
        lock (_gate) _folded = Math.Max(_folded ?? 0, until);
        if (until <= folded) return (0, folded, folded, until);

        await using var end = PositionalCommand.For(connection, transaction, _fold.SliceEnd, folded, until, Slice - 1);
        var to = (long)(await end.ExecuteScalarAsync(cancellationToken))!;
        await using var rows = PositionalCommand.For(connection, transaction, _fold.Rows, folded, to);
        var written = await rows.ExecuteNonQueryAsync(cancellationToken);
        await using var moveTo = PositionalCommand.For(connection, transaction, _fold.MoveTo, to);
        await moveTo.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (written, folded, to, until);
    }

    /// <summary>
    /// A fold outlives no host: one still slicing when the host stops ends with it (a slice rolls
    /// back whole), and the next start folds the rest.
    /// </summary>
    private async Task RunAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            while (true)
            {
                var result = await FoldAsync(stopping);
                if (result.Rows > 0) Folded(result.Rows, result.Slices);
                // Pages that came while it folded (batch intake) may have made another fold due:
                // now, not at the next page, which a ledger gone quiet may not bring for a while.
                lock (_gate)
                {
                    if (!DueLocked(_followed)) return;
                    _folded = _followed;
                }
            }
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            lock (_gate) _folded = null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or ObjectDisposedException or OperationCanceledException)
        {
            lock (_gate) _folded = null;
            FoldFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Leaderboards: {Rows} rows of the fold written in {Slices} slices")]
    private partial void Folded(int rows, int slices);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboards: folding the ledger's entries failed; it is tried again at the next look")]
    private partial void FoldFailed(Exception exception);
}

/// <summary>What a fold did: the rows it wrote, and in how many slices (<see cref="BoardFold.Slice"/>).</summary>
internal sealed record FoldResult(int Rows, int Slices);
