using Platform.Points.Contracts;
using Platform.Recognition.Contracts;
using Platform.Recognition.Eligibility.Sanctions;

namespace Platform.Recognition.Eligibility;

/// <summary>
/// Gathers a subject's facts for a period from the registry, the points ledger and the sanctions
/// (the first two through their Contracts). Member status is null: the registry keeps none.
/// </summary>
internal sealed class SubjectFactsReader(SubjectRegistry registry, IPointsFacts points, SanctionReader sanctions, Tenure tenure)
{
    /// <summary>The facts; NOT_FOUND when the registry has no such subject, and for warm stations.</summary>
    public async Task<SubjectFacts> GatherAsync(SubjectRef subject, SchemePeriod period, CancellationToken cancellationToken) =>
        await GatherAsync(await registry.RequireAsync(subject, cancellationToken), period, cancellationToken);

    /// <summary>The facts of a subject already looked up.</summary>
    public async Task<SubjectFacts> GatherAsync(SubjectRecord record, SchemePeriod period, CancellationToken cancellationToken)
    {
        var subject = record.Subject;
        var (tally, reports) = subject.Kind switch
        {
            SubjectKind.Worker => await WorkerAsync(subject.Id, period, cancellationToken),
            SubjectKind.Branch => (await points.BranchAsync(subject.Id, period.From, period.To, cancellationToken), 0),
            _ => (await points.EnterpriseAsync(subject.Id, period.From, period.To, cancellationToken), 0),
        };
        var inForce = await sanctions.InForceAsync(subject, period.From, period.To, cancellationToken);
        return new SubjectFacts(subject, record.Name, period, tally.Total, tally.ByCategory, reports, inForce,
            tenure.WholeMonths(record.RegisteredAt, period.To), MemberStatus: null,
            record.DistrictId, record.BranchId, record.EnterpriseIds, record.Sectors);
    }

    private async Task<(PointsTally, int)> WorkerAsync(Guid workerId, SchemePeriod period, CancellationToken cancellationToken)
    {
        var facts = await points.WorkerAsync(workerId, period.From, period.To, cancellationToken);
        return (facts.Points, facts.VerifiedReports);
    }
}
