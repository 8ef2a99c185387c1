using Npgsql;

namespace Platform.Points.Storage;

/// <summary>A statement with positional parameters (<c>$1</c>, <c>$2</c>, …) given in order, for the module's hand-written SQL.</summary>
internal static class PositionalCommand
{
    public static NpgsqlCommand For(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
