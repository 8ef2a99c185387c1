using Npgsql;
using Platform.Postgres.Orleans;
using Platform.Testing;

namespace Platform.Postgres.Tests.Orleans;

public sealed class OrleansSchemaTests
{
    // Every key the 10.4 providers look up; CleanupDefunctSiloEntryKey is optional but preferred.
    private static readonly string[] QueryKeys =
    [
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey", "ClearStorageKey",
        "DeleteMembershipTableEntriesKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        "DeleteStorageKey", "GatewaysQueryKey", "InsertMembershipKey", "InsertMembershipVersionKey",
        "MembershipReadAllKey", "MembershipReadRowKey", "ReadFromStorageKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "ReadReminderRowKey", "ReadReminderRowsKey", "UpdateIAmAlivetimeKey",
        "UpdateMembershipKey", "UpsertReminderRowKey", "WriteToStorageKey",
    ];

    [Fact]
    public async Task The_schema_script_runs_concurrently_and_again_leaving_one_set_of_query_rows()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();

        // Hosts starting together on an empty database: the hardest case for "IF NOT EXISTS".
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OrleansSchema.EnsureCreatedAsync(connectionString)));
        await OrleansSchema.EnsureCreatedAsync(connectionString);

        var keys = await ReadAsync(connectionString, "SELECT querykey FROM orleans.orleansquery ORDER BY querykey COLLATE \"C\"");
        Assert.Equal(QueryKeys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task A_changed_query_text_is_restored_by_the_next_run()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await OrleansSchema.EnsureCreatedAsync(connectionString);
        await ReadAsync(connectionString, "UPDATE orleans.orleansquery SET querytext = 'stale' WHERE querykey = 'WriteToStorageKey' RETURNING querykey");

        await OrleansSchema.EnsureCreatedAsync(connectionString);

        var text = await ReadAsync(connectionString, "SELECT querytext FROM orleans.orleansquery WHERE querykey = 'WriteToStorageKey'");
        Assert.Contains("INSERT INTO orleansstorage", Assert.Single(text), StringComparison.Ordinal);
    }

    private static async Task<List<string>> ReadAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(reader.GetString(0));
        return values;
    }
}
