using Marten;
using Npgsql;
using Platform.Points.Ledger;
using Platform.Points.Storage;

namespace Platform.Points.Leaderboards;

internal sealed record BoardRow(int Rank, Guid WorkerId, int Score);

internal sealed record BoardRank(int Rank, int Score, int Of);

/// <summary>
/// The two reads of a board by its stored keys (see <see cref="Board"/> and <see cref="Period"/>),
/// with no access checks: the GraphQL layer checks who asks; a benchmark can call these directly.
/// </summary>
internal sealed class LeaderboardQueries(IDocumentStore store)
{
    public const int MaxFirst = 100;

    private readonly LeaderboardTables _tables = new(store.Options.DatabaseSchemaName);
    private readonly string _asOf = LeaderboardSql.AsOf(store.Options.Events.DatabaseSchemaName);
    private readonly string[] _ledgerEventTypes = LedgerEventTypes(store);

    /// <summary>The first <paramref name="first"/> workers of the board in the period, best first.</summary>
    public async Task<IReadOnlyList<BoardRow>> TopAsync(string board, string period, int first, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(LeaderboardSql.Top(_tables), connection)
        {
            Parameters = { new() { Value = board }, new() { Value = period }, new() { Value = first } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<BoardRow>(first);
        // (score, reached) is unique on a board (one event moves one worker), so the order is total
        // and a row's rank is its position.
        while (await reader.ReadAsync(cancellationToken)) rows.Add(new BoardRow(rows.Count + 1, reader.GetGuid(0), reader.GetInt32(1)));
        return rows;
    }

    /// <summary>The worker's rank and score on the board in the period, and how many are on it; null when not on it.</summary>
    public async Task<BoardRank?> RankAsync(string board, string period, Guid workerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(LeaderboardSql.Rank(_tables), connection)
        {
            Parameters = { new() { Value = board }, new() { Value = period }, new() { Value = workerId } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new BoardRank(checked((int)reader.GetInt64(1)), reader.GetInt32(0), checked((int)reader.GetInt64(2)));
    }

    /// <summary>The boards include every award recorded before this time (see <see cref="LeaderboardSql.AsOf"/>).</summary>
    public async Task<DateTimeOffset> AsOfAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(_asOf, connection)
        {
            Parameters = { new() { Value = LedgerSubscription.ShardName }, new() { Value = _ledgerEventTypes } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetFieldValue<DateTimeOffset>(0);
    }

    private static string[] LedgerEventTypes(IDocumentStore store)
    {
        var events = EventStoreOptions.Of(store);
        return [.. LedgerSubscription.EventTypes.Select(t => events.EventMappingFor(t).EventTypeName)];
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
