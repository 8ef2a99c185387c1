namespace Platform.Postgres.Orleans;

/// <summary>The Orleans ADO.NET schema for PostgreSQL (clustering, grain storage, reminders).</summary>
public static class OrleansSchema
{
    public const string SchemaName = "orleans";

    /// <summary>Creates or updates the schema; safe to run concurrently from several hosts.</summary>
    public static Task EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("being written");

    /// <summary>The connection string the Orleans providers use: their SQL is unqualified.</summary>
    public static string ConnectionStringFor(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { SearchPath = SchemaName }.ConnectionString;
}
