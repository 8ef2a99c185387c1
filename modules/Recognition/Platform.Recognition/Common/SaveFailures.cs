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
        AggregateException a => a.InnerExceptions.Any(IsUniqueViolation),
        { InnerException: { } inner } => IsUniqueViolation(inner),
        _ => false,
    };

    /// <summary>Another step was appended to a stream since this one read it, started it first, or holds its lock.</summary>
    public static bool IsConcurrentChange(Exception e) => e switch
    {
        ConcurrencyException or ExistingStreamIdCollisionException or StreamLockedException => true,
        AggregateException a => a.InnerExceptions.Any(IsConcurrentChange),
        { InnerException: { } inner } => IsConcurrentChange(inner),
        _ => false,
    };

    /// <summary>Another writer got there first, one way or the other: the caller reads again and decides again.</summary>
    public static bool IsRace(Exception e) => IsConcurrentChange(e) || IsUniqueViolation(e);
}
