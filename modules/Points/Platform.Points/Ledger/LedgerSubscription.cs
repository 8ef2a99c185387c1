using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Storage;

namespace Platform.Points.Ledger;

/// <summary>
/// The one reader of the ledger: the async daemon hands over pages of ledger events in sequence
/// order, at least once, and each page goes to every <see cref="ILedgerFollower"/> at once. Reading events
/// is the daemon's largest cost in the database (each row's JSON is turned into text), so the
/// followers share one read. The name is the leaderboards' own subscription's, whose position
/// the boards were applied exactly once from.
/// </summary>
internal sealed class LedgerSubscription : SubscriptionBase
{
    public const string SubscriptionName = "ledger_leaderboards";

    /// <summary>Where the daemon records how far the followers have applied the ledger.</summary>
    public const string ShardName = $"{SubscriptionName}:All";

    /// <summary>At most this many events in a page handed to the followers.</summary>
    public const int PageSize = 5_000;

    /// <summary>The ledger's events: what the followers are handed.</summary>
    public static readonly Type[] EventTypes = [typeof(PointsAwarded), typeof(PointsReversed)];

    /// <summary>The ledger's event types as stored (<c>mt_events.type</c>), for statements that read the events themselves.</summary>
    public static string[] EventTypeNames(IDocumentStore store)
    {
        var events = EventStoreOptions.Of(store);
        return [.. EventTypes.Select(t => events.EventMappingFor(t).EventTypeName)];
    }

    private readonly IServiceProvider _services;
    private IReadOnlyList<ILedgerFollower>? _followers;

    public LedgerSubscription(IServiceProvider services)
    {
        _services = services;
        Name = SubscriptionName;
        foreach (var type in EventTypes) IncludeType(type);
        // A second's ledger in one page even under batch intake: each page costs a grain state write
        // per branch and enterprise it touches, however few of their events it holds.
        Options.BatchSize = PageSize;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // Resolved at the first page: the store is configured before the followers' own services exist.
        _followers ??= _services.GetServices<ILedgerFollower>().ToList();
        // Side by side: the boards' statement is queued at once, while the totals' grains and the
        // reports' check wait on their own round trips.
        await Task.WhenAll(_followers.Select(f => f.FollowAsync(page, operations, cancellationToken)));
        return NullChangeListener.Instance;
    }
}
