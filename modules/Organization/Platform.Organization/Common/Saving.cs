using JasperFx;
using Marten;
using Marten.Exceptions;
using Npgsql;
using Platform.Kernel.Errors;

namespace Platform.Organization.Common;

internal static class Saving
{
    /// <summary>
    /// Saves, turning a unique index violation (a second enterprise with one credit code, a second
    /// worker with one phone, also when two requests race) and a concurrent change into CONFLICT.
    /// </summary>
    public static async Task SaveOrConflictAsync(
        this IDocumentSession session, Func<string, string> uniqueConflict, CancellationToken cancellationToken)
    {
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (UniqueViolation(e) is { } index)
        {
            throw PlatformException.Conflict(uniqueConflict(index));
        }
        catch (ConcurrencyException)
        {
            throw PlatformException.Conflict("It was changed at the same moment by someone else; try again.");
        }
    }

    /// <summary>The violated unique index's name ("" when unknown), or null when it is not a unique violation.</summary>
    public static string? UniqueViolation(Exception e) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } p => p.ConstraintName ?? "",
        DocumentAlreadyExistsException => "",
        { InnerException: { } inner } => UniqueViolation(inner),
        _ => null,
    };
}
