using Npgsql;

namespace Platform.Postgres.Orleans;

/// <summary>
/// A host killed without leaving the cluster stays "active" in the membership table, and the
/// next silo waits minutes to reach it before joining. When one host owns its database alone
/// (the embedded server), nothing else can be alive there: its old entries are declared dead.
/// </summary>
public static class StaleSilos
{
    private const int Dead = 6;

    /// <summary>Marks every silo of the cluster dead and bumps the table version; returns how many were not.</summary>
    /// <param name="connectionString">The platform database, owned by this process alone.</param>
    /// <param name="clusterId">Orleans ClusterId (the membership table's deployment id).</param>
    /// <param name="cancellationToken">Cancels the update (rolled back).</param>
    public static async Task<int> DeclareDeadAsync(string connectionString, string clusterId, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The runtime orders membership snapshots by version: a change it did not make must bump it.
        await using var command = new NpgsqlCommand(
            $"""
            WITH marked AS (
                UPDATE {OrleansSchema.SchemaName}.orleansmembershiptable SET status = {Dead}
                WHERE deploymentid = @cluster AND status <> {Dead}
                RETURNING 1)
            UPDATE {OrleansSchema.SchemaName}.orleansmembershipversiontable SET version = version + 1
            WHERE deploymentid = @cluster AND EXISTS (SELECT 1 FROM marked)
            RETURNING (SELECT count(*) FROM marked)
            """, connection, transaction);
        command.Parameters.AddWithValue("cluster", clusterId);
        var marked = await command.ExecuteScalarAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return marked is long count ? (int)count : 0;
    }
}
