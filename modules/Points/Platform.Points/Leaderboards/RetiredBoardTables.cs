using Marten;
using Npgsql;
using Platform.Points.Storage;

namespace Platform.Points.Leaderboards;

/// <summary>
/// Drops the boards' tables of earlier builds, once per process, before a board is loaded or
/// folded: the tables of scores until 2026-11-28, and the feed of two rows per earning award until
/// 2026-11-29, when the boards came to be read from the ledger's entries. Nothing in them is lost:
/// the entries hold every award they were made of. Hosts that start together take turns on an
/// advisory lock.
/// </summary>
internal sealed class RetiredBoardTables(IDocumentStore store)
{
    private readonly Lock _gate = new();
    private Task? _dropping;

    /// <summary>
    /// Waits for the drop, started once (again after a failure) and not tied to any caller: a reader
    /// that stops waiting, such as a grain call that times out, leaves it running for the next.
    /// </summary>
    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        Task dropping;
        lock (_gate)
        {
            if (_dropping is null || _dropping.IsFaulted || _dropping.IsCanceled) _dropping = DropAsync();
            dropping = _dropping;
        }
        return dropping.WaitAsync(cancellationToken);
    }

    private async Task DropAsync()
    {
        var schema = store.Options.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var locked = PositionalCommand.For(connection, transaction, "select pg_advisory_xact_lock(hashtext($1))", $"{schema}.{LeaderboardTables.RetiredNames[0]}"))
            await locked.ExecuteNonQueryAsync();
        var retired = string.Join(", ", LeaderboardTables.RetiredNames.Select(n => $"{schema}.{n}"));
        await using var drop = new NpgsqlCommand($"drop table if exists {retired}", connection, transaction);
        await drop.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
