using JasperFx;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace Platform.Bench;

/// <summary>The shape of a ledger event, appended by bare Marten: what the store can do with no platform code.</summary>
internal sealed record RawAwarded(
    Guid WorkerId, string SourceKey, string Kind, Guid SourceId, int Points, string Reason, string Category,
    Guid? EnterpriseId, Guid BranchId, DateTimeOffset OccurredAt, string Month);

/// <summary>The same server, its own schema, Marten's defaults plus the platform's connection settings.</summary>
internal sealed class RawBaseline : IAsyncDisposable
{
    private readonly DocumentStore _store;

    public RawBaseline(string connectionString)
    {
        _store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = "bench_raw";
            options.Events.DatabaseSchemaName = "bench_raw";
            options.Events.StreamIdentity = StreamIdentity.AsGuid;
            options.Events.AppendMode = EventAppendMode.Quick;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            options.AutoCreateSchemaObjects = AutoCreate.All;
        });
    }

    public Task PrepareAsync() => _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

    /// <summary>Appends one event to each stream, all in one transaction, as the ledger's group commit does.</summary>
    public async Task<int> AppendAsync(IEnumerable<Guid> streams)
    {
        await using var session = _store.LightweightSession();
        var count = 0;
        foreach (var stream in streams)
        {
            session.Events.Append(stream, new RawAwarded(stream, $"raw:{Guid.NewGuid():N}", "Activity", Guid.NewGuid(), 10,
                "电动车安全驾驶课 (reported by the enterprise)", "SkillsCourse", Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, "2026-11"));
            count++;
        }
        await session.SaveChangesAsync();
        return count;
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
