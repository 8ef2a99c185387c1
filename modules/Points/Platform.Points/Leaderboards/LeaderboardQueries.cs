using Marten;
using Npgsql;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>
/// The two reads of a board by its stored keys (see <see cref="Board"/> and <see cref="Period"/>),
/// answered from memory by the board's grain, and how current the boards are; no access checks:
/// the GraphQL layer checks who asks, a benchmark can call these directly.
/// </summary>
internal sealed class LeaderboardQueries(IDocumentStore store, IGrainFactory grains)
{
    public const int MaxFirst = 100;

    private readonly string _asOf = LeaderboardSql.AsOf(store.Options.Events.DatabaseSchemaName);
    private readonly string[] _ledgerEventTypes = LedgerEvents.TypeNames(store);

    /// <summary>The first <paramref name="first"/> workers of the board in the period, best first.</summary>
    public Task<IReadOnlyList<BoardRow>> TopAsync(string board, string period, int first) => Grain(board, period).TopAsync(first);

    /// <summary>The worker's rank and score on the board in the period, and how many are on it; null when not on it.</summary>
    public Task<BoardRank?> RankAsync(string board, string period, Guid workerId) => Grain(board, period).RankAsync(workerId);

    /// <summary>The boards include every award recorded before this time (see <see cref="LeaderboardSql.AsOf"/>).</summary>
    public async Task<DateTimeOffset> AsOfAsync(CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_asOf, connection)
        {
            Parameters = { new() { Value = LedgerTail.PositionName }, new() { Value = _ledgerEventTypes } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetFieldValue<DateTimeOffset>(0);
    }

    private ILeaderboardGrain Grain(string board, string period) => grains.GetGrain<ILeaderboardGrain>(LeaderboardGrain.KeyOf(board, period));
}
