using JasperFx;
using Npgsql;

namespace Platform.Points.GridTasks;

internal static class GridTaskSaving
{
    /// <summary>A unique index said no: the same idempotency key, written by a request that raced this one.</summary>
    public static bool IsUniqueViolation(Exception e) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        DocumentAlreadyExistsException => true,
        { InnerException: { } inner } => IsUniqueViolation(inner),
        _ => false,
    };

    /// <summary>Another decision was appended since this one read the task (optimistic concurrency).</summary>
    public static bool IsConcurrentChange(Exception e) => e is ConcurrencyException || (e.InnerException is { } inner && IsConcurrentChange(inner));
}
