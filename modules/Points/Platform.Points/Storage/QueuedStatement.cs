using System.Collections.Concurrent;
using System.Data.Common;
using Marten;
using Marten.Storage;
using Npgsql;
using NpgsqlTypes;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Storage;

namespace Platform.Points.Storage;

/// <summary>
/// A statement with <c>?</c> placeholders, committed with the session's other changes, as
/// <see cref="IDocumentOperations.QueueSqlCommand(string, object[])"/> does. That asks Weasel for
/// each parameter's type on every call, and Weasel does not remember array types: each array
/// parameter cost about 5 µs and 1 KB, some thirty of them per ledger commit (profiling.md,
/// seventeenth pass). Here the answer is asked once per type.
/// </summary>
internal sealed class QueuedStatement(string sql, object?[] values) : Weasel.Storage.IStorageOperation, NoDataReturnedCall
{
    private static readonly ConcurrentDictionary<Type, NpgsqlDbType?> DbTypes = new();

    public static void Queue(IDocumentSession session, string sql, params object?[] values) =>
        session.QueueOperation(new QueuedStatement(sql.TrimEnd(';'), values));

    public void ConfigureCommand(Weasel.Core.ICommandBuilder builder, IStorageSession session)
    {
        var parameters = builder.AppendWithDbParameters(sql);
        if (parameters.Length != values.Length)
            throw new InvalidOperationException($"The statement has {parameters.Length} placeholders and {values.Length} values: {sql}");
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = (NpgsqlParameter)parameters[i];
            if (values[i] is not { } value)
            {
                parameter.Value = DBNull.Value;
                continue;
            }
            if (DbTypes.GetOrAdd(value.GetType(), type => PostgresqlProvider.Instance.TryGetDbType(type)) is { } dbType)
                parameter.NpgsqlDbType = dbType;
            parameter.Value = value;
        }
    }

    public Type DocumentType => typeof(StorageFeatures);

    public OperationRole Role() => OperationRole.Other;

    public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) => Task.CompletedTask;
}
