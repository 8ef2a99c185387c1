using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.Rewards;

/// <summary>
/// Hands every <see cref="HonourAwarded"/> and <see cref="HonourRevoked"/> to the rewards, at least
/// once, in the order of the event log (an honour is granted before it is revoked). Honours of one
/// page are handled side by side (a few at a time, so a large page does not empty the connection
/// pool), each one's events in order: many honours awarded at once are granted at once, and the
/// budget's lock keeps them within it. A failure leaves the page to be
/// handed over again; everything done is keyed so that a repeat changes nothing.
/// </summary>
internal sealed class HonourRewardSubscription : SubscriptionBase
{
    private const int SideBySide = 8;
    private readonly IServiceProvider _services;

    public HonourRewardSubscription(IServiceProvider services)
    {
        _services = services;
        Name = "recognition_rewards";
        IncludeType<HonourAwarded>();
        IncludeType<HonourRevoked>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var honours = page.Events.Where(e => e.Data is HonourAwarded or HonourRevoked).GroupBy(e => e.StreamId).Select(h => h.ToList());
        await Parallel.ForEachAsync(honours, new ParallelOptions { MaxDegreeOfParallelism = SideBySide, CancellationToken = cancellationToken },
            async (events, token) => await FollowAsync(events, token));
        return NullChangeListener.Instance;
    }

    private async Task FollowAsync(IReadOnlyList<IEvent> events, CancellationToken cancellationToken)
    {
        // The registry is read through its scoped contract, as a request would.
        await using var scope = _services.CreateAsyncScope();
        foreach (var e in events)
        {
            if (e.Data is HonourAwarded awarded)
                await scope.ServiceProvider.GetRequiredService<RewardGrants>().GrantAsync(awarded, e.UserName, cancellationToken);
            else if (e.Data is HonourRevoked revoked)
                await scope.ServiceProvider.GetRequiredService<RewardRevocations>().RevokeAsync(revoked, e.UserName, e.Timestamp, cancellationToken);
        }
    }
}
