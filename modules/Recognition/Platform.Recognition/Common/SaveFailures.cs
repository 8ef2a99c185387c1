using JasperFx;
using Marten.Exceptions;
using Npgsql;

namespace Platform.Recognition.Common;

/// <summary>Why Marten refused a save, wherever in the exception chain it says so.</summary>
internal static class SaveFailures
{
    /// <summary>A unique key said no: the same thing, written by a request that raced this one.</summary>
    public static bool IsUniqueViolation(Exception e) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or DocumentAlreadyExistsException => true,
        { InnerException: { } inner } => IsUniqueViolation(inner),
        _ => false,
    };

    /// <summary>Another step was appended to a stream since this one read it, or started it first.</summary>
    public static bool IsConcurrentChange(Exception e) =>
        e is ConcurrencyException or ExistingStreamIdCollisionException || (e.InnerException is { } inner && IsConcurrentChange(inner));
}
