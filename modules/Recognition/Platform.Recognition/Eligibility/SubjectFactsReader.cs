using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Eligibility;

/// <summary>Gathers a subject's facts for a period from the registry and the points ledger (through their Contracts).</summary>
internal sealed class SubjectFactsReader(IOrganizationDirectory directory, IOrganizationRoster roster)
{
    private static readonly IReadOnlyDictionary<string, int> NoPoints = new Dictionary<string, int>();

    /// <summary>The facts; NOT_FOUND when the registry has no such subject.</summary>
    public async Task<SubjectFacts> GatherAsync(SubjectRef subject, SchemePeriod period, CancellationToken cancellationToken)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Worker:
                var worker = await directory.FindWorkerAsync(subject.Id, cancellationToken) ?? throw Missing("worker", subject.Id);
                return new SubjectFacts(subject, worker.Name, period, 0, NoPoints, 0, 0, 0, null,
                    worker.DistrictId, worker.BranchId, worker.EnterpriseIds, worker.Sectors);
            case SubjectKind.Branch:
                var branch = await directory.FindBranchAsync(subject.Id, cancellationToken) ?? throw Missing("branch", subject.Id);
                return new SubjectFacts(subject, branch.Name, period, 0, NoPoints, 0, 0, 0, null,
                    branch.DistrictId, branch.BranchId, branch.EnterpriseId is { } e ? [e] : [], []);
            case SubjectKind.Enterprise:
                var enterprise = await roster.FindEnterpriseAsync(subject.Id, cancellationToken) ?? throw Missing("enterprise", subject.Id);
                return new SubjectFacts(subject, enterprise.Name, period, 0, NoPoints, 0, 0, 0, null,
                    null, null, [enterprise.EnterpriseId], enterprise.Sectors);
            default:
                throw new PlatformException(ErrorCodes.NotFound, "Warm stations are not in the registry yet: no nomination can name one.");
        }
    }

    private static PlatformException Missing(string kind, Guid id) => new(ErrorCodes.NotFound, $"There is no {kind} {id}.");
}
