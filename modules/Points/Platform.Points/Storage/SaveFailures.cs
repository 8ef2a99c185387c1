using JasperFx;
using Npgsql;

namespace Platform.Points.Storage;

/// <summary>Why Marten refused a save, wherever in the exception chain PostgreSQL said so.</summary>
internal static class SaveFailures
{
    /// <summary>A unique index said no: the same key, written by a request that raced this one.</summary>
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
