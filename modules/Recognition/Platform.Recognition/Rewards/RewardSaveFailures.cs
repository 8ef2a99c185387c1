using JasperFx;
using Marten.Exceptions;
using Npgsql;

namespace Platform.Recognition.Rewards;

/// <summary>Saves refused because another writer got there first: the caller reads again and decides again.</summary>
internal static class RewardSaveFailures
{
    public static bool IsRace(Exception e) => e switch
    {
        ConcurrencyException or ExistingStreamIdCollisionException or DocumentAlreadyExistsException or StreamLockedException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        AggregateException a => a.InnerExceptions.Any(IsRace),
        { InnerException: { } inner } => IsRace(inner),
        _ => false,
    };
}
