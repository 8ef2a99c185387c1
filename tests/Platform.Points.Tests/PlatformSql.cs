using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Points.Storage;
using Platform.Testing;

namespace Platform.Points.Tests;

/// <summary>
/// Statements against the platform's database, for tests that forge or inspect rows directly ($1, $2... are the values).
/// A string array given as the only value is spread into the values by C#: cast it to object to pass it as $1.
/// </summary>
internal static class PlatformSql
{
    public static async Task<NpgsqlConnection> OpenAsync(this TestPlatform platform)
    {
        var connection = platform.Services.GetRequiredService<IDocumentStore>().Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return connection;
    }

    public static async Task ExecuteAsync(this TestPlatform platform, string sql, params object[] values)
    {
        await using var connection = await platform.OpenAsync();
        await using var command = PositionalCommand.For(connection, null, sql, values);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(this TestPlatform platform, string sql, params object[] values)
    {
        await using var connection = await platform.OpenAsync();
        await using var command = PositionalCommand.For(connection, null, sql, values);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
