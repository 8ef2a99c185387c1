using Npgsql;

namespace Platform.Postgres.Tests;

/// <summary>One statement on a connection of its own, for tests against servers they start themselves.</summary>
internal static class Sql
{
    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
