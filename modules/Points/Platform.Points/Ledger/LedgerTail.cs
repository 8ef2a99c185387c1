using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// The one reader of the ledger for its followers (<see cref="ILedgerFollower"/>): it hands each
/// page of changes, in sequence order, to every follower at once, then records the followers'
/// position; every two seconds or so it has them write what they hold in memory, and records that too
/// (<see cref="WrittenName"/>). At least once: a page that fails is read and handed over again, and each follower
/// skips what it has applied. One host of a cluster tails at a time (an advisory lock, held while
/// its connection lives); a host with the async daemon disabled (<c>Marten:Daemon=Disabled</c>)
/// leaves it to the others, as it leaves them the daemon, whose high-water mark bounds every page.
/// </summary>
internal sealed class LedgerTail(
    IDocumentStore store, LedgerPages pages, IEnumerable<ILedgerFollower> followers, LedgerTailOptions options, LedgerMetrics metrics,
    ILogger<LedgerTail> logger)
    : BackgroundService
{
    /// <summary>The followers' position among the daemon's (<c>mt_event_progression</c>), the name the boards' subscription had.</summary>
    public const string PositionName = "ledger_leaderboards:All";

    /// <summary>
    /// How far every follower's work is durable (<see cref="ILedgerFollower.WriteAsync"/>): at most
    /// <see cref="WriteEvery"/> behind <see cref="PositionName"/>, and where a turn starts.
    /// </summary>
    public const string WrittenName = "ledger_followers:Written";

    /// <summary>
    /// How often the followers write what they applied in memory while the ledger keeps coming: the
    /// totals wrote every touched branch and enterprise at every page, three or four times a second;
    /// every two seconds they write about 40 % fewer states than every second, with the latencies
    /// beside them the same (docs/profiling.md, twenty-seventh and twenty-eighth passes). A host
    /// that stops without writing hands at most this much over again.
    /// </summary>
    public static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(2);

    /// <summary>At most this many changes in a page: half a second's ledger under batch intake.</summary>
    public const int PageSize = 5_000;

    /// <summary>Which host tails the ledger: the holder of this advisory lock.</summary>
    public const string LockName = "platform.points.ledger_tail";

    private readonly IReadOnlyList<ILedgerFollower> _followers = [.. followers];

    /// <summary>How often to look for more: as often as the daemon moves its high-water mark (<c>Marten:FastPolling</c>).</summary>
    private readonly TimeSpan _poll = ((StoreOptions)store.Options).Projections.FastPollingTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var turn = await TakeTurnAsync(stoppingToken);
                await FollowAsync(turn, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Following the ledger failed; trying again from the recorded position");
                await Task.Delay(_poll, stoppingToken);
            }
        }
    }

    /// <summary>Waits until this host holds the lock; the connection that holds it is the turn.</summary>
    private async Task<NpgsqlConnection> TakeTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var connection = await pages.OpenAsync(cancellationToken);
            await using (var take = PositionalCommand.For(connection, null, "select pg_try_advisory_lock(hashtext($1))", LockName))
            {
                if ((bool)(await take.ExecuteScalarAsync(cancellationToken))!) return connection;
            }
            await connection.DisposeAsync();
            await Task.Delay(_poll * 5, cancellationToken);
        }
    }

    /// <summary>
    /// Reads on the turn's own connection: a turn whose connection broke has lost its lock (another
    /// host may have taken over), and its next read fails. A turn starts at the written position:
    /// what a follower had applied only in memory on a host that stopped is handed over again.
    /// </summary>
    private async Task FollowAsync(NpgsqlConnection turn, CancellationToken cancellationToken)
    {
        await pages.StartWrittenAsync(turn, cancellationToken);
        var bounds = await pages.BoundsAsync(turn, cancellationToken);
        var (position, written) = (bounds.Written, bounds.Written);
        var lastWrite = Stopwatch.GetTimestamp();
        while (true)
        {
            var full = false;
            if (bounds.HighWaterMark > position)
            {
                // Handed over even when it holds no change, so the position keeps up with the mark.
                var page = await pages.ReadAsync(turn, position, bounds.HighWaterMark, PageSize, cancellationToken);
                var started = Stopwatch.GetTimestamp();
                // Side by side: the boards' and totals' grains and the reports' check each wait on their own round trips.
                await Task.WhenAll(_followers.Select(f => f.FollowAsync(page, cancellationToken)));
                metrics.Followed(page, Stopwatch.GetElapsedTime(started));
                await pages.MoveToAsync(turn, PositionName, page.Ceiling, cancellationToken);
                (position, full) = (page.Ceiling, page.Full);
            }
            // Written every WriteEvery, and at once when nothing more has been committed (a quiet
            // ledger, and whoever waits for the followers to catch up).
            var quiet = !full && bounds.LastSequence <= position;
            if (position > written && (quiet || Stopwatch.GetElapsedTime(lastWrite) >= WriteEvery))
            {
                var started = Stopwatch.GetTimestamp();
                await Task.WhenAll(_followers.Select(f => f.WriteAsync(cancellationToken)));
                metrics.Written(Stopwatch.GetElapsedTime(started));
                await pages.MoveToAsync(turn, WrittenName, position, cancellationToken);
                (written, lastWrite) = (position, Stopwatch.GetTimestamp());
            }
            if (!full) await Task.Delay(_poll, cancellationToken);
            bounds = await pages.BoundsAsync(turn, cancellationToken);
        }
    }
}

/// <summary>Whether this host tails the ledger: as it runs the async daemon.</summary>
internal sealed record LedgerTailOptions(bool Enabled);
