using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Eligibility;

/// <summary>Subjects looked up in the registry (through Organization.Contracts).</summary>
internal sealed class SubjectRegistry(IOrganizationDirectory directory, IOrganizationRoster roster)
{
    public const string NoWarmStations = "Warm stations are not in the registry yet: nothing can be judged or recorded about one.";

    /// <summary>The subject, or null when the registry has none with this id; NOT_FOUND for a warm station.</summary>
    public async Task<SubjectRecord?> FindAsync(SubjectRef subject, CancellationToken cancellationToken)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Worker:
                return await directory.FindWorkerAsync(subject.Id, cancellationToken) is { } w
                    ? new SubjectRecord(subject, w.Name, w.RegisteredAt, w.DistrictId, w.BranchId, w.EnterpriseIds, w.Sectors)
                    : null;
            case SubjectKind.Branch:
                if (await directory.FindBranchAsync(subject.Id, cancellationToken) is not { } b) return null;
                var sectors = b.EnterpriseId is { } e && await roster.FindEnterpriseAsync(e, cancellationToken) is { } owner ? owner.Sectors : [];
                return new SubjectRecord(subject, b.Name, b.RegisteredAt, b.DistrictId, b.BranchId, b.EnterpriseId is { } id ? [id] : [], sectors);
            case SubjectKind.Enterprise:
                return await roster.FindEnterpriseAsync(subject.Id, cancellationToken) is { } en
                    ? new SubjectRecord(subject, en.Name, en.RegisteredAt, null, null, [en.EnterpriseId], en.Sectors)
                    : null;
            default:
                throw PlatformException.NotFound(NoWarmStations);
        }
    }

    /// <summary>The subject; NOT_FOUND when the registry has none.</summary>
    public async Task<SubjectRecord> RequireAsync(SubjectRef subject, CancellationToken cancellationToken) =>
        await FindAsync(subject, cancellationToken)
        ?? throw PlatformException.NotFound($"There is no {subject.Kind.ToString().ToLowerInvariant()} {subject.Id}.");
}
