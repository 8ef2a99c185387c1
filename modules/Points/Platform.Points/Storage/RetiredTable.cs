using Marten;
using Npgsql;

namespace Platform.Points.Storage;

/// <summary>
/// A turn at replacing a table of an earlier build, once: hosts starting together take turns on an
/// advisory lock named for the table, and the later ones find it gone. The turn is a transaction on
/// a connection of its own, committed when the table is dropped.
/// </summary>
internal sealed class RetiredTable : IAsyncDisposable
{
    private RetiredTable(string name, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        (Name, Connection, Transaction) = (name, connection, transaction);

    /// <summary>The table, with its schema.</summary>
    public string Name { get; }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    /// <summary>The turn at <paramref name="name"/> of the store's schema while the table is still there; null once it is gone.</summary>
    public static async Task<RetiredTable?> TakeTurnAsync(IDocumentStore store, string name, CancellationToken cancellationToken)
    {
        var qualified = $"{store.Options.DatabaseSchemaName}.{name}";
        var connection = store.Storage.Database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var locked = PositionalCommand.For(connection, transaction, "select pg_advisory_xact_lock(hashtext($1))", qualified))
                await locked.ExecuteNonQueryAsync(cancellationToken);
            await using var exists = PositionalCommand.For(connection, transaction, "select to_regclass($1) is not null", qualified);
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!) return new RetiredTable(qualified, connection, transaction);
        }
        catch
        {
            // A start-up that fails here must not keep the connection (and the lock) for the host's life.
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Drops the table and commits the turn, with what the replacement wrote in it.</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        await using (var drop = new NpgsqlCommand($"drop table {Name}", Connection, Transaction))
            await drop.ExecuteNonQueryAsync(cancellationToken);
        await Transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
