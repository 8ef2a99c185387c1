using System.Threading.Channels;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>One entry to write: the ledger event, its readable entry, and who wrote it and why.</summary>
internal sealed record LedgerWrite(LedgerEntry Entry, object Event);

/// <summary>What became of a write: the entry that holds its key, and whether this write put it there.</summary>
internal sealed record LedgerWriteResult(LedgerEntry Entry, bool Written);

/// <summary>
/// Group commit for the ledger (STACK-NOTES.md: one transaction per award caps a machine like
/// ours at a few thousand a second). Grains hand their writes over and await them; the writer
/// takes whatever is waiting, up to a batch, and commits it in one transaction: the events, the
/// entries and the balances (<see cref="BalanceDeltas"/>). A key written before fails the
/// transaction on the entries' unique id, and the batch is written again without it. Under load batches grow by themselves;
/// alone, a write waits only for its own commit. A caller is answered only after its batch is durable.
/// </summary>
internal sealed class LedgerWriter : BackgroundService
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = false });
    private readonly IDocumentStore _store;
    private readonly ILogger<LedgerWriter> _logger;
    private readonly LedgerWriterOptions _options;
    private readonly BalanceDeltas _balances;
    private readonly LedgerRows _rows;
    private readonly LedgerEntries _entries;
    private readonly LedgerEntryUpgrade _upgrade;
    private readonly BalanceUpgrade _balanceUpgrade;
    private readonly SemaphoreSlim _gathering = new(1, 1);
    private int _committing;
    private TaskCompletionSource _commitEnded = NewSignal();
    private int _waiting;

    public LedgerWriter(IDocumentStore store, LedgerEntries entries, LedgerEntryUpgrade upgrade, BalanceUpgrade balanceUpgrade, IOptions<LedgerWriterOptions> options, ILogger<LedgerWriter> logger)
    {
        _store = store;
        _entries = entries;
        _upgrade = upgrade;
        _balanceUpgrade = balanceUpgrade;
        _logger = logger;
        _options = options.Value;
        _balances = new BalanceDeltas(new BalanceTable(store.Options.DatabaseSchemaName).Qualified);
        _rows = new LedgerRows(store);
    }

    /// <summary>Writes one grain's entries, in order, in the same transaction.</summary>
    public Task<IReadOnlyList<LedgerWriteResult>> WriteAsync(IReadOnlyList<LedgerWrite> writes)
    {
        var pending = new Pending(writes, new TaskCompletionSource<IReadOnlyList<LedgerWriteResult>>(TaskCreationOptions.RunContinuationsAsynchronously));
        Interlocked.Add(ref _waiting, writes.Count);
        if (!_queue.Writer.TryWrite(pending))
        {
            Interlocked.Add(ref _waiting, -writes.Count);
            pending.Done.SetException(new ObjectDisposedException(nameof(LedgerWriter), "The ledger is shutting down."));
        }
        return pending.Done.Task;
    }

    /// <summary>Entries handed over and not yet answered.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _upgrade.RunAsync(cancellationToken);
        // Balances are built from the entries, so after the entries are where they are read.
        await _balanceUpgrade.RunAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _options.Writers).Select(_ => Task.Run(DrainAsync, CancellationToken.None)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Writes already handed over are still committed: their callers are waiting for an answer.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        var batch = new List<Pending>();
        while (await GatherAsync(batch) is var count and > 0)
        {
            try
            {
                // Not cancelled by shutdown: whoever handed a write over is waiting for it.
                var results = await CommitAsync(batch.SelectMany(p => p.Writes).ToList(), CancellationToken.None);
                var at = 0;
                foreach (var pending in batch)
                {
                    pending.Done.TrySetResult(results.GetRange(at, pending.Writes.Count));
                    at += pending.Writes.Count;
                }
            }
            catch (Exception e)
            {
                _logger.LogError(e, "A ledger batch of {Count} writes failed; its callers are told.", count);
                foreach (var pending in batch) pending.Done.TrySetException(e);
            }
            finally
            {
                Interlocked.Add(ref _waiting, -count);
                Interlocked.Decrement(ref _committing);
                Interlocked.Exchange(ref _commitEnded, NewSignal()).TrySetResult();
            }
            batch.Clear();
        }
    }

    /// <summary>
    /// Fills the batch and counts it as committing; 0 once the ledger is shutting down and nothing
    /// waits. One writer gathers at a time, so a batch waiting for the transaction in flight is not
    /// split by the writer that ends it.
    /// </summary>
    private async Task<int> GatherAsync(List<Pending> batch)
    {
        await _gathering.WaitAsync();
        try
        {
            var count = 0;
            while (count == 0 && await _queue.Reader.WaitToReadAsync(CancellationToken.None)) count = Take(batch, 0);
            // A small batch waits for the transaction in flight and grows meanwhile, until it is no
            // longer small: each commit has a fixed cost, which single submissions would otherwise
            // pay for every few awards, while a stream of batch intake still commits two at a time.
            while (count > 0 && count < _options.ParallelFrom)
            {
                var ended = Volatile.Read(ref _commitEnded).Task;
                if (Volatile.Read(ref _committing) == 0) break;
                var more = _queue.Reader.WaitToReadAsync(CancellationToken.None).AsTask();
                // Shutting down, nothing more comes: wait for the commit without spinning.
                if (await Task.WhenAny(ended, more) == more && !await more) await ended;
                count = Take(batch, count);
            }
            if (count > 0) Interlocked.Increment(ref _committing);
            return count;
        }
        finally
        {
            _gathering.Release();
        }
    }

    /// <summary>Adds what is waiting to the batch, up to a full one; the batch's entries after.</summary>
    private int Take(List<Pending> batch, int count)
    {
        while (count < _options.MaxBatch && _queue.Reader.TryRead(out var next))
        {
            batch.Add(next);
            count += next.Writes.Count;
        }
        return count;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<List<LedgerWriteResult>> CommitAsync(List<LedgerWrite> writes, CancellationToken cancellationToken)
    {
        // A key twice in one batch is written once; the later writes are answered with the first.
        var known = new Dictionary<string, LedgerEntry>(StringComparer.Ordinal);
        var distinct = new List<LedgerWrite>();
        foreach (var write in writes)
            if (known.TryAdd(write.Entry.Id, write.Entry)) distinct.Add(write);
        try
        {
            // Nearly every key is new (a grain reads the repeats of keys it wrote lately), so the batch is
            // written without reading its keys first: one round trip instead of two.
            await SaveTogetherAsync(distinct, cancellationToken);
        }
        catch (Exception e) when (SaveFailures.IsUniqueViolation(e))
        {
            // A key was written before (a retry whose answer was lost): nothing of the batch was, so
            // its keys are read, the known ones answered with their stored entries, the rest written.
            known.Clear();
            foreach (var entry in await _entries.LoadManyAsync([.. distinct.Select(w => w.Entry.Id)], cancellationToken))
                known[entry.Id] = entry;
            var fresh = distinct.Where(w => !known.ContainsKey(w.Entry.Id)).ToList();
            foreach (var write in fresh) known[write.Entry.Id] = write.Entry;
            if (fresh.Count > 0) await SaveAsync(fresh, known, cancellationToken);
        }
        return writes.ConvertAll(w => new LedgerWriteResult(known[w.Entry.Id], ReferenceEquals(known[w.Entry.Id], w.Entry)));
    }

    private async Task SaveAsync(List<LedgerWrite> fresh, Dictionary<string, LedgerEntry> known, CancellationToken cancellationToken)
    {
        try
        {
            await SaveTogetherAsync(fresh, cancellationToken);
        }
        catch (Exception e) when (SaveFailures.IsUniqueViolation(e))
        {
            // Another writer (another silo, an activation being moved) took a key since the read:
            // the rest of the batch must not fail with it, so each write goes alone.
            foreach (var write in fresh)
            {
                try
                {
                    await SaveTogetherAsync([write], cancellationToken);
                }
                catch (Exception alone) when (SaveFailures.IsUniqueViolation(alone))
                {
                    known[write.Entry.Id] = await _entries.LoadAsync(write.Entry.Id, cancellationToken)
                        ?? throw new InvalidOperationException($"Ledger key {write.Entry.Id} was taken but cannot be read.", alone);
                }
            }
        }
    }

    private async Task SaveTogetherAsync(IReadOnlyList<LedgerWrite> writes, CancellationToken cancellationToken)
    {
        await using var session = _store.LightweightSession();
        var streams = LedgerStream.ForWorkers(writes.Select(w => w.Entry.WorkerId));
        _rows.Queue(session, writes, streams);
        _balances.Queue(session, writes.Select(w => w.Entry));
        await session.SaveChangesAsync(cancellationToken);
    }

    private sealed record Pending(IReadOnlyList<LedgerWrite> Writes, TaskCompletionSource<IReadOnlyList<LedgerWriteResult>> Done);
}

/// <summary>The <c>Points:Ledger</c> configuration section: how the ledger groups its commits.</summary>
internal sealed class LedgerWriterOptions
{
    public const string Section = "Points:Ledger";

    /// <summary>At most this many entries in one transaction.</summary>
    public int MaxBatch { get; set; } = 1000;

    /// <summary>Transactions in flight at once: while one commits, the next fills.</summary>
    public int Writers { get; set; } = 2;

    /// <summary>
    /// A transaction starts beside one in flight only with at least this many entries; a smaller
    /// batch waits for it to end and takes what arrived meanwhile.
    /// </summary>
    public int ParallelFrom { get; set; } = 100;
}
