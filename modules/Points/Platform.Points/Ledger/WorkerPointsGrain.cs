using Marten;
using Npgsql;
using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>
/// The only writer of its worker's ledger. Calls are handled one at a time, so a source key is
/// checked and claimed without races here; the unique entry id guards the rest (another
/// activation during a move, a crash between write and answer).
/// </summary>
internal sealed class WorkerPointsGrain(IDocumentStore store, TimeProvider clock) : Grain, IWorkerPointsGrain
{
    private const int RememberedAwards = 256;
    private readonly Dictionary<string, Award> _recent = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentOrder = new();

    public async Task<Award> AwardAsync(AwardRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SourceKey);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Points);
        if (_recent.TryGetValue(request.SourceKey, out var remembered)) return remembered;

        var workerId = this.GetPrimaryKey();
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<LedgerEntry>(request.SourceKey) is { } existing) return Remember(existing.ToAward());

        var entry = new LedgerEntry(request.SourceKey, workerId, request.Kind, request.SourceId, request.Points, request.Reason,
            request.Category, request.EnterpriseId, request.BranchId, request.OccurredAt, clock.GetUtcNow(), request.By);
        session.LastModifiedBy = request.By;
        session.SetHeader("reason", request.Reason);
        session.Events.Append(LedgerStream.For(workerId), new PointsAwarded(workerId, request.SourceKey, request.Kind,
            request.SourceId, request.Points, request.Reason, request.Category, request.EnterpriseId, request.BranchId, request.OccurredAt));
        session.Insert(entry);
        try
        {
            await session.SaveChangesAsync();
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            await using var reader = store.QuerySession();
            var first = await reader.LoadAsync<LedgerEntry>(request.SourceKey)
                ?? throw new InvalidOperationException($"Source {request.SourceKey} was claimed but cannot be read.", e);
            return Remember(first.ToAward());
        }
        return Remember(entry.ToAward());
    }

    private Award Remember(Award award)
    {
        if (_recent.TryAdd(award.SourceKey, award))
        {
            _recentOrder.Enqueue(award.SourceKey);
            if (_recentOrder.Count > RememberedAwards) _recent.Remove(_recentOrder.Dequeue());
        }
        return award;
    }

    private static bool IsUniqueViolation(Exception e) =>
        e is JasperFx.DocumentAlreadyExistsException
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
        || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
