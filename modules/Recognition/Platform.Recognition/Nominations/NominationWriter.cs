using Marten;
using JasperFx.Events;
using Platform.Kernel.Errors;
using Platform.Recognition.Common;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Appends to one nomination's stream with optimistic concurrency: when another step was appended
/// meanwhile (two reviewers at once), the decision is taken again on the new state, up to a few
/// times, so concurrent users do not see spurious conflicts and no step is decided on stale state.
/// </summary>
internal sealed class NominationWriter(IDocumentSession session)
{
    private const int Attempts = 5;

    public IDocumentSession Session => session;

    /// <summary>Runs <paramref name="decide"/> on the current nomination, saves what it appended with <paramref name="reason"/>, and returns the nomination after.</summary>
    public async Task<Nomination> WriteAsync(
        Guid nominationId, string reason, Func<Nomination, IEventStream<Nomination>, Task> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stream = await session.Events.FetchForWriting<Nomination>(nominationId, cancellationToken);
            var nomination = stream.Aggregate ?? throw PlatformException.NotFound($"There is no nomination {nominationId}.");
            session.SetHeader("reason", reason);
            await decide(nomination, stream);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return (await session.LoadAsync<Nomination>(nominationId, cancellationToken))!;
            }
            catch (Exception e) when (attempt < Attempts && SaveFailures.IsConcurrentChange(e))
            {
                session.EjectAllPendingChanges();
            }
        }
    }
}
