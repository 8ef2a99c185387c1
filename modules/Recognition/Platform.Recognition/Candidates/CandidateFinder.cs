using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Recognition.Contracts;
using Platform.Recognition.Eligibility;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Candidates;

/// <summary>
/// Suggested candidates: subjects that meet a scheme's eligibility for a period, most points first,
/// then the earlier registered, within what the caller may nominate in (<see cref="CandidateScope"/>).
/// Work is bounded: subjects are pre-selected by points in SQL, a page at a time, and each is checked;
/// at most <see cref="MaxExamined"/> are checked per source, so many ineligible high scorers can leave
/// the list short.
/// </summary>
internal sealed class CandidateFinder(
    SchemeCatalog schemes, SchemePeriods periods, SubjectRegistry registry, SubjectFactsReader facts, IPointsFacts points, IOrganizationRoster roster)
{
    public const int MaxFirst = 100;
    public const int MaxExamined = 1000;

    public async Task<IReadOnlyList<Candidate>> SuggestAsync(Actor actor, string schemeId, string period, int first, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxFirst) throw PlatformException.Validation($"first is between 1 and {MaxFirst}.", "first");
        var scheme = schemes.Require(schemeId);
        if (scheme.SubjectKind == SubjectKind.WarmStation) throw PlatformException.NotFound(SubjectRegistry.NoWarmStations);
        var bounds = periods.Resolve(scheme, period);
        var scope = CandidateScope.Of(actor, scheme);

        var found = new Dictionary<Guid, (SubjectRecord Record, SubjectFacts Facts, EligibilityOutcome Outcome)>();
        async Task<bool> ConsiderAsync(SubjectRecord record)
        {
            if (found.ContainsKey(record.Subject.Id)) return true;
            var gathered = await facts.GatherAsync(record, bounds, cancellationToken);
            var outcome = scheme.CheckEligibility(gathered);
            if (outcome.Eligible) found[record.Subject.Id] = (record, gathered, outcome);
            return outcome.Eligible;
        }

        var volunteers = new List<Guid>();
        foreach (var community in scope.Communities)
            volunteers.AddRange((await roster.GridVolunteersOfCommunityAsync(community, cancellationToken)).Select(w => w.WorkerId));

        foreach (var source in Sources(scheme, scope, bounds, first, volunteers))
        {
            if (source.Direct is { } direct)
            {
                foreach (var id in direct)
                {
                    if (await registry.FindAsync(new SubjectRef(scheme.SubjectKind, id), cancellationToken) is { } record) await ConsiderAsync(record);
                }
                continue;
            }
            await RankedAsync(source.Ranking!, scheme.SubjectKind, first, ConsiderAsync, source.Member, cancellationToken);
        }
        return found.Values
            .OrderByDescending(c => c.Facts.Points).ThenBy(c => c.Record.RegisteredAt).ThenBy(c => c.Record.Subject.Id)
            .Take(first)
            .Select((c, i) => new Candidate(i + 1, c.Record, c.Facts, c.Outcome))
            .ToList();
    }

    /// <summary>
    /// Walks a ranking page by page until <paramref name="first"/> eligible subjects are found and the
    /// next ones have fewer points (ties are all seen, so registration can break them), or the ranking ends.
    /// </summary>
    private async Task RankedAsync(
        PointsRanking ranking, SubjectKind kind, int first, Func<SubjectRecord, Task<bool>> considerAsync,
        Func<SubjectRecord, bool> member, CancellationToken cancellationToken)
    {
        var eligible = new List<int>();
        var examined = 0;
        while (examined < MaxExamined)
        {
            var page = await points.TopAsync(ranking, cancellationToken);
            foreach (var standing in page)
            {
                if (eligible.Count >= first && standing.Points < eligible[first - 1]) return;
                examined++;
                var record = await registry.FindAsync(new SubjectRef(kind, standing.Id), cancellationToken);
                if (record is not null && member(record) && await considerAsync(record)) eligible.Add(standing.Points);
            }
            if (page.Count < ranking.First) return;
            ranking = ranking with { After = page[^1] };
        }
    }

    private static IEnumerable<CandidateSource> Sources(
        IHonourScheme scheme, CandidateScope scope, SchemePeriod bounds, int first, IReadOnlyList<Guid> volunteers)
    {
        var size = Math.Min(PageSizeMax, Math.Max(20, first * 2));
        var holder = scheme.SubjectKind switch
        {
            SubjectKind.Worker => PointsHolder.Worker,
            SubjectKind.Branch => PointsHolder.Branch,
            _ => PointsHolder.Enterprise,
        };
        var all = new PointsRanking(holder, bounds.From, bounds.To, size);
        if (scope.Everywhere)
        {
            yield return new CandidateSource(all, null, _ => true);
            yield break;
        }
        if (holder == PointsHolder.Enterprise)
        {
            yield return new CandidateSource(null, scope.Enterprises, _ => true);
            yield break;
        }
        if (holder == PointsHolder.Branch)
        {
            yield return new CandidateSource(null, scope.Branches, _ => true);
            // An enterprise's branches, found where its workers earned and kept while they are still its own.
            foreach (var enterprise in scope.Enterprises)
                yield return new CandidateSource(all with { EnterpriseId = enterprise }, null, r => r.EnterpriseIds.Contains(enterprise));
            yield break;
        }
        // Workers are found where they earned in the period, and kept only while they still belong there.
        foreach (var branch in scope.Branches)
            yield return new CandidateSource(all with { BranchId = branch }, null, r => r.BranchId == branch);
        foreach (var enterprise in scope.Enterprises)
            yield return new CandidateSource(all with { EnterpriseId = enterprise }, null, r => r.EnterpriseIds.Contains(enterprise));
        // A verifier's grid volunteers: few to a community, so each is looked at.
        if (volunteers.Count > 0) yield return new CandidateSource(null, volunteers, _ => true);
    }

    private const int PageSizeMax = 200;

    private sealed record CandidateSource(PointsRanking? Ranking, IReadOnlyList<Guid>? Direct, Func<SubjectRecord, bool> Member);
}
