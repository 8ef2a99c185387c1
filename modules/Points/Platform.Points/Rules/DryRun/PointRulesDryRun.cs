using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Points.Contracts;
using Platform.Points.Ledger;

namespace Platform.Points.Rules.DryRun;

/// <summary>
/// "What if these rules had been in force?": the awards of a past period re-evaluated with a
/// proposed rules file (and the code rules), caps applied per worker as the grain does, compared
/// with what was awarded. It only reads.
/// </summary>
internal sealed class PointRulesDryRun(LedgerEntries entries, PointRules rules, ProgrammeCalendar calendar)
{
    public const int MaxWorkers = 200;
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public async Task<DryRunResult> RunAsync(Actor actor, string? text, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin)) throw PlatformException.Forbidden("Only the programme office tries out point rules.");
        if (to <= from) throw PlatformException.Validation("The period ends after it starts.", "to");
        if (to - from > MaxPeriod) throw PlatformException.Validation($"The period is at most {MaxPeriod.Days} days.", "to");
        var proposed = Parse(text);

        var entries = await AwardsAsync(CapWarmUp(from), to, cancellationToken);
        var outcomes = entries.Select(e => rules.Evaluate(proposed, new RuleQuery(e.Kind, e.Category, e.OccurredAt, (e.Flags ?? []).ToHashSet()))).ToList();
        var capped = CapSimulation.Apply(
            entries.Select((e, i) => new CapCandidate(e.WorkerId, outcomes[i].Cap, e.OccurredAt, outcomes[i].Points)), calendar.CapPeriodOf);

        var workers = new Dictionary<Guid, (int Current, int Proposed)>();
        int count = 0, earnNothing = 0, cappedCount = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            // Earlier entries only fill the caps' periods that reach into the chosen one.
            if (entries[i].OccurredAt < from) continue;
            count++;
            if (!outcomes[i].Earns) earnNothing++;
            else if (capped[i] == 0) cappedCount++;
            var (current, proposedPoints) = workers.GetValueOrDefault(entries[i].WorkerId);
            workers[entries[i].WorkerId] = (current + entries[i].Points, proposedPoints + capped[i]);
        }
        var changed = workers.Where(w => w.Value.Current != w.Value.Proposed)
            .Select(w => new DryRunWorker(w.Key, w.Value.Current, w.Value.Proposed, w.Value.Proposed - w.Value.Current))
            .OrderByDescending(w => Math.Abs(w.Difference)).ThenBy(w => w.WorkerId).ToList();
        return new DryRunResult(proposed.Version, from, to, count, workers.Values.Sum(w => w.Current), workers.Values.Sum(w => w.Proposed),
            changed.Count, earnNothing, cappedCount, [.. changed.Take(MaxWorkers)]);
    }

    private static RuleSet Parse(string? text)
    {
        var result = RuleFileParser.Parse(text ?? "");
        if (result.Rules is { } parsed) return parsed;
        throw new PlatformException(ErrorCodes.Validation,
            $"The proposed rules are not valid: {string.Join("; ", result.Errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}"))}",
            new Dictionary<string, object?>
            {
                ["field"] = "rules",
                ["line"] = result.Errors[0].Line,
                ["errors"] = result.Errors.Select(e => new Dictionary<string, object?> { ["line"] = e.Line, ["column"] = e.Column, ["message"] = e.Message }).ToList(),
            });
    }

    /// <summary>
    /// Where counting starts: caps count per day, week or month, so awards since the start of the
    /// week or month holding <paramref name="from"/> (whichever is earlier) already took places.
    /// </summary>
    private DateTimeOffset CapWarmUp(DateTimeOffset from)
    {
        var day = DateOnly.FromDateTime(calendar.LocalOf(from));
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var firstOfMonth = new DateOnly(day.Year, day.Month, 1);
        return calendar.StartOf(monday < firstOfMonth ? monday : firstOfMonth);
    }

    /// <summary>Awards from the rule-driven sources in the order they were made (the grain's order), without those reversed since.</summary>
    private async Task<List<LedgerEntry>> AwardsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var awards = await entries.OccurredAsync([SourceKind.Activity, SourceKind.GridTask, SourceKind.Report], from, to, cancellationToken);
        var reversed = (await entries.OccurredAsync([SourceKind.Reversal], from, to, cancellationToken)).Select(e => e.ReversalOf).ToHashSet();
        return [.. awards.Where(a => !reversed.Contains(a.Id)).OrderBy(a => a.AwardedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }
}
