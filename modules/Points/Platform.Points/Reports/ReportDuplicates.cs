using Marten;
using Microsoft.Extensions.Options;

namespace Platform.Points.Reports;

/// <summary>
/// A report repeats an earlier one when the same category was reported as happening within the
/// configured distance and window before it. The index on (category, occurred time) narrows the
/// candidates to a short time slice; distance is measured on those few in memory.
/// </summary>
internal sealed class ReportDuplicates(IQuerySession session, IOptionsMonitor<ReportOptions> options)
{
    /// <summary>The earliest report this one repeats, or null.</summary>
    public async Task<Guid?> EarliestAsync(
        ReportCategory category, double latitude, double longitude, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var rules = options.CurrentValue;
        var from = occurredAt.AddMinutes(-rules.DuplicateWindowMinutes);
        // A rejected report did not happen as told, and an overturned one was found not to have: neither is repeated.
        var candidates = await session.Query<Report>()
            .Where(r => r.Category == category && r.OccurredAt >= from && r.OccurredAt <= occurredAt
                && r.Status != ReportStatus.Rejected && r.Status != ReportStatus.Overturned)
            .ToListAsync(cancellationToken);
        return candidates
            .Where(r => Haversine.Metres(latitude, longitude, r.Latitude, r.Longitude) <= rules.DuplicateDistanceMetres)
            .OrderBy(r => r.OccurredAt).ThenBy(r => r.Id)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefault();
    }
}
