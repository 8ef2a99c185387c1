using JasperFx.Events;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Enforces a scheme's quotas when a nomination is recommended. Each quota's stream is read with
/// a row lock (or, for its first place, started: a second starter collides and tries again), so two
/// committees concluding at once cannot both take the last place.
/// </summary>
internal sealed class Quotas(NominationWriter writer)
{
    /// <summary>Takes a place in every quota of the scheme, or returns why one is full (taking nothing).</summary>
    public async Task<string?> TakeAsync(IHonourScheme scheme, Nomination nomination, CancellationToken cancellationToken)
    {
        var wanted = KeysOf(scheme, nomination).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        var streams = new List<(string Key, IEventStream<QuotaPlaces> Stream)>();
        foreach (var (key, limit, label) in wanted)
        {
            var stream = await writer.Session.Events.FetchForExclusiveWriting<QuotaPlaces>(QuotaPlaces.StreamIdOf(key), cancellationToken);
            var holders = stream.Aggregate?.Holders ?? [];
            if (holders.Contains(nomination.Id)) continue;
            if (holders.Count >= limit) return $"The quota of {limit} per {label} for {scheme.Id} {nomination.Period} is full.";
            streams.Add((key, stream));
        }
        foreach (var (key, stream) in streams)
        {
            if (stream.Aggregate is null) writer.Session.Events.StartStream<QuotaPlaces>(QuotaPlaces.StreamIdOf(key), new QuotaPlaceTaken(key, nomination.Id));
            else stream.AppendOne(new QuotaPlaceTaken(key, nomination.Id));
        }
        return null;
    }

    /// <summary>Gives back the nomination's places (withdrawn or an objection upheld after recommendation).</summary>
    public async Task ReleaseAsync(IHonourScheme scheme, Nomination nomination, CancellationToken cancellationToken)
    {
        foreach (var (key, _, _) in KeysOf(scheme, nomination).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var stream = await writer.Session.Events.FetchForExclusiveWriting<QuotaPlaces>(QuotaPlaces.StreamIdOf(key), cancellationToken);
            if (stream.Aggregate?.Holders.Contains(nomination.Id) == true) stream.AppendOne(new QuotaPlaceReleased(key, nomination.Id));
        }
    }

    /// <summary>A subject without a district (an enterprise) counts in no district quota.</summary>
    private static IEnumerable<(string Key, int Limit, string Label)> KeysOf(IHonourScheme scheme, Nomination nomination)
    {
        var facts = nomination.Facts;
        foreach (var quota in scheme.Quotas)
        {
            IEnumerable<string> values = quota.Scope switch
            {
                QuotaScope.City => ["city"],
                QuotaScope.District => facts?.DistrictId is { } d ? [d.ToString()] : [],
                QuotaScope.Sector => facts?.Sectors.Select(s => s.ToString()) ?? [],
                _ => facts?.EnterpriseIds.Select(e => e.ToString()) ?? [],
            };
            foreach (var value in values)
                yield return ($"{scheme.Id}|{nomination.Period}|{quota.Scope}|{value}", quota.Limit, quota.Scope.ToString().ToLowerInvariant());
        }
    }
}
