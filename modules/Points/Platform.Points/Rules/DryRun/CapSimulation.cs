using Platform.Points.Contracts;

namespace Platform.Points.Rules.DryRun;

/// <summary>An award as the cap sees it: whose, which cap, when it happened, and the points before the cap.</summary>
internal sealed record CapCandidate(Guid WorkerId, AwardCap? Cap, DateTimeOffset OccurredAt, int Points);

/// <summary>
/// Caps as the worker's grain applies them, without the grain: awards taken in order, and per
/// worker, cap key and period key (<c>ProgrammeCalendar.CapPeriodOf</c>) only the first
/// <c>Limit</c> awards that earn keep their points; later ones get 0. An award that earns nothing
/// takes no place. Pure, so its laws are tested for any input.
/// </summary>
internal static class CapSimulation
{
    public static IReadOnlyList<int> Apply(IEnumerable<CapCandidate> awards, Func<CapPeriod, DateTimeOffset, string> periodOf)
    {
        var earned = new Dictionary<(Guid Worker, string Key, string Period), int>();
        var points = new List<int>();
        foreach (var award in awards)
        {
            if (award.Cap is not { } cap || award.Points <= 0)
            {
                points.Add(award.Points);
                continue;
            }
            var slot = (award.WorkerId, cap.Key, periodOf(cap.Period, award.OccurredAt));
            var count = earned.GetValueOrDefault(slot);
            if (count < cap.Limit)
            {
                earned[slot] = count + 1;
                points.Add(award.Points);
            }
            else points.Add(0);
        }
        return points;
    }
}
