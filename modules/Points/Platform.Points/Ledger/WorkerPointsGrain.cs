using Marten;
using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>
/// The only writer of its worker's ledger. Calls are handled one at a time, so a source key is
/// claimed and a cap counted without races here; the unique entry id guards the rest (another
/// activation during a move, a crash between write and answer). Entries are committed by the
/// <see cref="LedgerWriter"/> together with other workers' entries.
/// </summary>
internal sealed class WorkerPointsGrain(
    IDocumentStore store, LedgerEntries entries, LedgerWriter writer, TimeProvider clock, ProgrammeCalendar calendar)
    : Grain, IWorkerPointsGrain
{
    private readonly RecentKeys _recent = new();
    // The answer given to the last repeat: a client retrying one key many times is answered from
    // here after the first read. Only repeats are kept, so a first award leaves nothing behind.
    private Award? _lastRepeat;
    private CapCounts? _caps;

    private CapCounts Caps => _caps ??= new CapCounts(store, this.GetPrimaryKey(), calendar, clock);

    public async Task<Award> AwardAsync(AwardRequest request) => (await AwardManyAsync([request]))[0];

    public async Task<IReadOnlyList<Award>> AwardManyAsync(IReadOnlyList<AwardRequest> requests)
    {
        foreach (var request in requests) Check(request);
        var answers = new Award?[requests.Count];
        var repeats = await RepeatsAsync(requests);
        var writes = new List<(int Index, LedgerWrite Write)>();
        // Only a call of several awards can name a key twice; most calls carry one.
        var claimed = requests.Count > 1 ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (repeats?.GetValueOrDefault(request.SourceKey) is { } known) answers[i] = known with { IsRepeat = true };
            else if (claimed is not null && !claimed.TryAdd(request.SourceKey, i)) continue;
            else writes.Add((i, await NewAwardAsync(request)));
        }
        var results = writes.Count == 0 ? [] : await WriteAsync(writes.ConvertAll(w => w.Write));
        for (var w = 0; w < writes.Count; w++)
        {
            var result = results[w];
            var answer = result.Entry.ToAward(repeat: !result.Written);
            _recent.Add(answer.SourceKey);
            if (!result.Written) Uncount(writes[w].Write.Entry);
            answers[writes[w].Index] = answer;
        }
        // A key sent twice in one call is answered with its first record.
        if (claimed is not null)
            for (var i = 0; i < requests.Count; i++)
                answers[i] ??= answers[claimed[requests[i].SourceKey]]! with { IsRepeat = true };
        return answers!;
    }

    public async Task<Award?> ReverseAsync(ReversalRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SourceKey);
        var key = LedgerEntry.ReversalKey(request.SourceKey);
        if (LastRepeat(key) is { } last) return last with { IsRepeat = true };
        // Reversals are rare: the award's entry is read from the ledger, with its reversal if one was written.
        var stored = (await entries.LoadManyAsync([key, request.SourceKey], CancellationToken.None)).ToDictionary(e => e.Id);
        if (stored.TryGetValue(key, out var done))
        {
            _lastRepeat = done.ToAward(repeat: false);
            return _lastRepeat with { IsRepeat = true };
        }
        if (stored.GetValueOrDefault(request.SourceKey) is not { ReversalOf: null } award) return null;

        var entry = award with
        {
            Id = key, Kind = SourceKind.Reversal, Points = -award.Points, Reason = request.Reason, AwardedAt = LedgerEntry.Instant(clock.GetUtcNow()),
            By = request.By, ReversalOf = award.Id,
        };
        var recorded = new PointsReversed(award.WorkerId, key, award.Id, award.Points, request.Reason, award.Category,
            award.EnterpriseId, award.BranchId, award.Month);
        var result = (await WriteAsync([new LedgerWrite(entry, recorded)]))[0];
        var answer = result.Entry.ToAward(repeat: !result.Written);
        // A reversed award gives its place under the cap back (the reversal keeps the award's slot).
        if (result.Written && award is { CapSlot: { } slot, Points: > 0 }) Caps.Add(slot, -1);
        return answer;
    }

    /// <summary>
    /// The first answers to the requests' keys this grain wrote lately (<see cref="RecentKeys"/>),
    /// read from the ledger; null when no key is a repeat, as for nearly every call.
    /// </summary>
    private async Task<Dictionary<string, Award>?> RepeatsAsync(IReadOnlyList<AwardRequest> requests)
    {
        Dictionary<string, Award>? found = null;
        List<string>? seen = null;
        foreach (var request in requests)
        {
            if (LastRepeat(request.SourceKey) is { } last) (found ??= new(StringComparer.Ordinal))[last.SourceKey] = last;
            else if (_recent.MaybeHas(request.SourceKey)) (seen ??= []).Add(request.SourceKey);
        }
        if (seen is null) return found;
        foreach (var entry in await entries.LoadManyAsync(seen, CancellationToken.None))
            (found ??= new(StringComparer.Ordinal))[entry.Id] = _lastRepeat = entry.ToAward(repeat: false);
        return found;
    }

    private Award? LastRepeat(string key) => _lastRepeat?.SourceKey == key ? _lastRepeat : null;

    private static void Check(AwardRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SourceKey);
        if (request.Points == 0 || (request.Points < 0 && request.Kind != SourceKind.Adjustment))
            throw new ArgumentOutOfRangeException(nameof(request), "Only an adjustment takes points away; no award is of zero.");
        if (request.Cap is { Limit: < 1 } || request.Cap is { Key.Length: 0 })
            throw new ArgumentOutOfRangeException(nameof(request), "A cap has a key and lets at least one award count.");
    }

    /// <summary>The entry for a new source; past its cap it is recorded with no points, and says why.</summary>
    private async Task<LedgerWrite> NewAwardAsync(AwardRequest request)
    {
        var workerId = this.GetPrimaryKey();
        var month = calendar.MonthOf(request.OccurredAt);
        var slot = request.Cap is { } cap ? $"{cap.Key}|{calendar.CapPeriodOf(cap.Period, request.OccurredAt)}" : null;
        var (points, reason) = (request.Points, request.Reason);
        if (request.Cap is { } limit)
        {
            var earning = await Caps.CountAsync(slot!, month);
            if (earning >= limit.Limit)
                (points, reason) = (0, $"{request.Reason} (over the cap: only the first {limit.Limit} per {limit.Period.ToString().ToLowerInvariant()} count)");
            else Caps.Add(slot!, 1);
        }
        var entry = new LedgerEntry(request.SourceKey, workerId, request.Kind, request.SourceId, points, reason,
            request.Category, request.EnterpriseId, request.BranchId,
            LedgerEntry.Instant(request.OccurredAt), LedgerEntry.Instant(clock.GetUtcNow()), request.By, month,
            Rule: request.Rule, Cap: request.Cap, Flags: request.Flags, CapSlot: slot);
        var recorded = new PointsAwarded(workerId, request.SourceKey, request.Kind, request.SourceId, points, reason,
            request.Category, request.EnterpriseId, request.BranchId, request.OccurredAt, month, request.Rule);
        return new LedgerWrite(entry, recorded);
    }

    /// <summary>An entry that found its key already taken did not use the place it was counted in.</summary>
    private void Uncount(LedgerEntry unwritten)
    {
        if (unwritten is { CapSlot: { } slot, Points: > 0 }) Caps.Add(slot, -1);
    }

    private async Task<IReadOnlyList<LedgerWriteResult>> WriteAsync(List<LedgerWrite> writes)
    {
        try
        {
            return await writer.WriteAsync(writes);
        }
        catch
        {
            // Whether the batch landed is unknown: counts are read again from the ledger next time.
            Caps.Forget();
            throw;
        }
    }
}
