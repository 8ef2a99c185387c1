using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Eligibility;

/// <summary>A subject's facts for a scheme's period and every rule of the scheme applied to them.</summary>
internal sealed record EligibilityResult(SubjectFacts Facts, EligibilityOutcome Outcome);

/// <summary>
/// The eligibility of a subject for a scheme and period, as a nomination's check would find it now,
/// for those who may see the subject (<see cref="EligibilityAccess"/>).
/// </summary>
internal sealed class EligibilityPreview(SchemeCatalog schemes, SchemePeriods periods, SubjectRegistry registry, SubjectFactsReader facts)
{
    public async Task<EligibilityResult> CheckAsync(
        Actor actor, string schemeId, string period, SubjectRef subject, CancellationToken cancellationToken)
    {
        var scheme = schemes.Require(schemeId);
        if (subject.Kind != scheme.SubjectKind)
            throw PlatformException.Validation(
                $"Scheme {scheme.Id} honours a {Describe(scheme.SubjectKind)}, not a {Describe(subject.Kind)}.", "subjectKind");
        var bounds = periods.Resolve(scheme, period);
        var record = await registry.FindAsync(subject, cancellationToken);
        // Only the programme office learns that an id names nothing; others are let in by the subject itself.
        if (record is null)
        {
            throw actor.IsInRole(Role.ProgrammeAdmin)
                ? PlatformException.NotFound($"There is no {Describe(subject.Kind)} {subject.Id}.")
                : Refused();
        }
        if (!EligibilityAccess.Sees(actor, record)) throw Refused();
        var gathered = await facts.GatherAsync(record, bounds, cancellationToken);
        return new EligibilityResult(gathered, scheme.CheckEligibility(gathered));
    }

    private static PlatformException Refused() =>
        PlatformException.Forbidden("Only the subject, its branch's secretary, its enterprise's admins and the programme office see its eligibility.");

    private static string Describe(SubjectKind kind) => kind == SubjectKind.WarmStation ? "warm station" : kind.ToString().ToLowerInvariant();
}
