using Marten;
using Platform.Points.Contracts;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// The only writer of its worker's ledger. Calls are handled one at a time, so a source key is
/// checked and claimed without races here; the unique entry id guards the rest (another
/// activation during a move, a crash between write and answer).
/// </summary>
internal sealed class WorkerPointsGrain(IDocumentStore store, TimeProvider clock, ProgrammeCalendar calendar) : Grain, IWorkerPointsGrain
{
    private const int RememberedEntries = 256;
    private readonly Dictionary<string, LedgerEntry> _recent = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentOrder = new();

    public async Task<Award> AwardAsync(AwardRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SourceKey);
        if (request.Points == 0 || (request.Points < 0 && request.Kind != SourceKind.Adjustment))
            throw new ArgumentOutOfRangeException(nameof(request), "Only an adjustment takes points away; no award is of zero.");
        if (await FindAsync(request.SourceKey) is { } existing) return existing.ToAward();

        var workerId = this.GetPrimaryKey();
        var month = calendar.MonthOf(request.OccurredAt);
        var entry = new LedgerEntry(request.SourceKey, workerId, request.Kind, request.SourceId, request.Points, request.Reason,
            request.Category, request.EnterpriseId, request.BranchId, request.OccurredAt, clock.GetUtcNow(), request.By, month, Rule: request.Rule, Cap: request.Cap, Flags: request.Flags);
        var recorded = new PointsAwarded(workerId, request.SourceKey, request.Kind, request.SourceId, request.Points, request.Reason,
            request.Category, request.EnterpriseId, request.BranchId, request.OccurredAt, month, request.Rule);
        return (await AppendAsync(entry, recorded, request.By)).ToAward();
    }

    public async Task<Award?> ReverseAsync(ReversalRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SourceKey);
        var key = LedgerEntry.ReversalKey(request.SourceKey);
        if (await FindAsync(key) is { } done) return done.ToAward();
        if (await FindAsync(request.SourceKey) is not { ReversalOf: null } award) return null;

        var entry = award with
        {
            Id = key, Kind = SourceKind.Reversal, Points = -award.Points, Reason = request.Reason, AwardedAt = clock.GetUtcNow(),
            By = request.By, ReversalOf = award.Id,
        };
        var recorded = new PointsReversed(award.WorkerId, key, award.Id, award.Points, request.Reason, award.Category,
            award.EnterpriseId, award.BranchId, award.Month);
        return (await AppendAsync(entry, recorded, request.By)).ToAward();
    }

    private async Task<LedgerEntry?> FindAsync(string key)
    {
        if (_recent.TryGetValue(key, out var remembered)) return remembered;
        await using var session = store.QuerySession();
        return await session.LoadAsync<LedgerEntry>(key) is { } stored ? Remember(stored) : null;
    }

    /// <summary>The ledger event and its entry in one transaction; a clash on the key answers with the entry that won.</summary>
    private async Task<LedgerEntry> AppendAsync(LedgerEntry entry, object recorded, string? by)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = by;
        session.SetHeader("reason", entry.Reason);
        session.Events.Append(LedgerStream.For(entry.WorkerId), recorded);
        session.Insert(entry);
        try
        {
            await session.SaveChangesAsync();
        }
        catch (Exception e) when (SaveFailures.IsUniqueViolation(e))
        {
            await using var reader = store.QuerySession();
            var first = await reader.LoadAsync<LedgerEntry>(entry.Id)
                ?? throw new InvalidOperationException($"Source {entry.Id} was claimed but cannot be read.", e);
            return Remember(first);
        }
        return Remember(entry);
    }

    private LedgerEntry Remember(LedgerEntry entry)
    {
        if (_recent.TryAdd(entry.Id, entry))
        {
            _recentOrder.Enqueue(entry.Id);
            if (_recentOrder.Count > RememberedEntries) _recent.Remove(_recentOrder.Dequeue());
        }
        return entry;
    }

}
