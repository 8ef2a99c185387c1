using Npgsql;
using Platform.Postgres.Orleans;
using Platform.Testing;

namespace Platform.Postgres.Tests.Orleans;

/// <summary>A fresh database with the Orleans schema, one per test class.</summary>
public sealed class OrleansDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // Tuned as the platform host tunes it, so prepared statements and unreset sessions are covered.
        var created = await TestPostgres.CreateDatabaseAsync("orleans");
        ConnectionString = new NpgsqlConnectionStringBuilder(created) { NoResetOnClose = true, MaxAutoPrepare = 20 }.ConnectionString;
        await OrleansSchema.EnsureCreatedAsync(ConnectionString);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Reads rows straight from the tables, to check what the providers stored.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
            rows.Add(map(reader));
        return rows;
    }
}
