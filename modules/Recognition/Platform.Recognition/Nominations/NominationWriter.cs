using JasperFx.Events;
using Marten;
using Platform.Kernel.Errors;
using Platform.Recognition.Common;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Appends to one nomination's stream with optimistic concurrency: when another step was appended
/// meanwhile (two reviewers at once, two committees taking the last quota place), the decision is
/// taken again on the new state, up to a few times, so concurrent users do not see spurious
/// conflicts and no step is decided on stale state. Each attempt has a session of its own: a
/// session that failed to save still holds the aggregate as its own events would have made it.
/// </summary>
internal sealed class NominationWriter(ISessionFactory sessions) : IAsyncDisposable
{
    private const int Attempts = 5;

    private IDocumentSession? _session;

    /// <summary>The session of the current attempt; what the decision writes besides events (claims, quotas) goes here.</summary>
    public IDocumentSession Session => _session ??= Open();

    /// <summary>Who the changes are by when no user is signed in (the notice's reminder).</summary>
    public string? ActingAs { get; set; }

    /// <summary>Runs <paramref name="decide"/> on the current nomination, saves what it appended with <paramref name="reason"/>, and returns the nomination after.</summary>
    public async Task<Nomination> WriteAsync(
        Guid nominationId, string reason, Func<Nomination, IEventStream<Nomination>, Task> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var session = Session;
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
                await session.DisposeAsync();
                _session = null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }

    private IDocumentSession Open()
    {
        var session = sessions.OpenSession();
        if (ActingAs is { } system) session.LastModifiedBy = system;
        return session;
    }
}
