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
        var candidates = await Candidates(session, category, from, occurredAt).ToListAsync(cancellationToken);
        return candidates
            .Where(r => Haversine.Metres(latitude, longitude, r.Latitude, r.Longitude) <= rules.DuplicateDistanceMetres)
            .OrderBy(r => r.OccurredAt).ThenBy(r => r.Id)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefault();
    }

    /// <summary>Reports of the category that happened in [from, to]: served by the (category, occurred time) index.</summary>
    public static IQueryable<Report> Candidates(IQuerySession session, ReportCategory category, DateTimeOffset from, DateTimeOffset to) =>
        // A rejected report did not happen as told, and an overturned one was found not to have: neither is repeated.
        session.Query<Report>().Where(r => r.Category == category && r.OccurredAt >= from && r.OccurredAt <= to
            && r.Status != ReportStatus.Rejected && r.Status != ReportStatus.Overturned);
}
