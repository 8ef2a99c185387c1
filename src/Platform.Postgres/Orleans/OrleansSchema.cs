using Npgsql;

namespace Platform.Postgres.Orleans;

/// <summary>The Orleans ADO.NET schema for PostgreSQL (clustering, grain storage, reminders).</summary>
public static class OrleansSchema
{
    public const string SchemaName = "orleans";

    // The Orleans packages ship no PostgreSQL schema; ours is embedded next to this file.
    private static readonly Lazy<string> Script = new(ReadScript);

    /// <summary>Creates or updates the schema; safe to run concurrently from several hosts.</summary>
    /// <param name="connectionString">A connection string for the platform database (any search path).</param>
    /// <param name="cancellationToken">Cancels the run; the script's transaction is then rolled back.</param>
    public static async Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        // The script brings its own transaction and advisory lock, and qualifies every name.
        // Unpooled: a one-off that must not hand a failed transaction back to a pool that
        // skips the reset (No Reset On Close).
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Script.Value, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The connection string the Orleans providers use: their SQL is unqualified.</summary>
    public static string ConnectionStringFor(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = SchemaName }.ConnectionString;

    /// <summary>
    /// The connection string of the grain storage for derived state (<c>DerivedStateStorage</c>):
    /// as <see cref="ConnectionStringFor"/>, its commits not waiting for their WAL flush.
    /// </summary>
    public static string ConnectionStringForDerivedState(string connectionString) =>
        new NpgsqlConnectionStringBuilder(ConnectionStringFor(connectionString)) { Options = "-c synchronous_commit=off" }.ConnectionString;

    private static string ReadScript()
    {
        var name = $"{typeof(OrleansSchema).Namespace}.schema.sql";
        using var stream = typeof(OrleansSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(OrleansSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
