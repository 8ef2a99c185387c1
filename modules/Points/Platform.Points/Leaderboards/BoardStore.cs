using System.Data;
using Marten;
using Npgsql;
using Platform.Points.Ledger;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Where a board in a period is loaded from: the ledger's entries, by way of their fold
/// (<see cref="BoardFold"/>). The boards keep nothing of their own per award.
/// </summary>
internal sealed class BoardStore
{
    private readonly RetiredBoardTables _retired;
    private readonly BoardPlacement _placement;
    private readonly IDocumentStore _store;
    private readonly string _positions;
    private readonly string _standings;

    public BoardStore(RetiredBoardTables retired, BoardPlacement placement, IDocumentStore store)
    {
        (_retired, _placement, _store) = (retired, placement, store);
        var tables = new LeaderboardTables(store.Options.DatabaseSchemaName);
        _positions = LeaderboardSql.Positions(tables, store.Options.Events.DatabaseSchemaName);
        _standings = LeaderboardSql.Standings(tables, new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified);
    }

    /// <summary>
    /// Loads a board in a period: the follower's position, the fold and the entries are read in one
    /// snapshot, so the standings hold exactly the ledger up to the position, and later changes come
    /// from the follower. The city, a district or a sector is loaded from its branches' or
    /// enterprises' rows and entries.
    /// </summary>
    public async Task LoadAsync(string board, string period, BoardStandings standings, CancellationToken cancellationToken)
    {
        await _retired.EnsureAsync(cancellationToken);
        await using var connection = _store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var (folded, position) = await PositionsAsync(transaction, cancellationToken);
        standings.LoadedUpTo(position);
        // Asked of the registry after the snapshot is taken: branches and enterprises are never
        // removed, nor moved between districts or sectors, so every one with entries in it is named.
        var boards = await _placement.StoredBoardsOfAsync(board, cancellationToken);
        var (from, to) = Period.Months(period);
        await using var command = new NpgsqlCommand(_standings, connection, transaction)
        {
            Parameters =
            {
                new() { Value = boards }, new() { Value = from }, new() { Value = to }, new() { Value = folded }, new() { Value = position },
                new() { Value = IdsOf(boards, Board.BranchPrefix) }, new() { Value = IdsOf(boards, Board.EnterprisePrefix) },
            },
        };
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) standings.Load(reader.GetGuid(0), reader.GetInt32(1), reader.GetInt64(2));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>How far the fold holds every entry, and how far the boards' follower has got, in the caller's transaction.</summary>
    public async Task<(long Folded, long Followed)> PositionsAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_positions, transaction.Connection, transaction)
        {
            Parameters = { new() { Value = LedgerTail.PositionName } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static Guid[] IdsOf(string[] boards, string prefix) =>
        [.. boards.Where(b => b.StartsWith(prefix, StringComparison.Ordinal)).Select(b => Guid.Parse(b.AsSpan(prefix.Length)))];
}
