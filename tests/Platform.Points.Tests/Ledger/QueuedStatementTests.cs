using Npgsql;
using Platform.Points.Storage;
using Weasel.Postgresql;

namespace Platform.Points.Tests.Ledger;

/// <summary>The ledger's statements are queued with the parameter types Marten's own <c>QueueSqlCommand</c> would give them.</summary>
public sealed class QueuedStatementTests
{
    [Fact]
    public void Each_value_is_typed_as_Weasel_types_it_and_a_missing_value_is_a_database_null()
    {
        object?[] values = [new[] { Guid.NewGuid() }, new int?[] { 1, null }, new[] { DateTimeOffset.UnixEpoch }, new string?[] { "原因", null }, 7, null];
        // Twice: the second time the types come from what the first call remembered.
        foreach (var _ in new[] { 1, 2 })
        {
            var command = Configure("select ?, ?, ?, ?, ?, ?", values);

            Assert.Equal(values.Length, command.Parameters.Count);
            for (var i = 0; i < values.Length - 1; i++)
            {
                Assert.Same(values[i], command.Parameters[i].Value);
                Assert.Equal(PostgresqlProvider.Instance.TryGetDbType(values[i]!.GetType()), command.Parameters[i].NpgsqlDbType);
            }
            Assert.Equal(DBNull.Value, command.Parameters[^1].Value);
        }
    }

    [Fact]
    public void A_statement_with_more_placeholders_than_values_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Configure("select ?, ?", [1]));
        Assert.Contains("2 placeholders and 1 values", e.Message);
    }

    private static NpgsqlCommand Configure(string sql, object?[] values)
    {
        var builder = new CommandBuilder();
        // The statement does not use the session it is written for.
        new QueuedStatement(sql, values).ConfigureCommand(builder, null!);
        return builder.Compile();
    }
}
