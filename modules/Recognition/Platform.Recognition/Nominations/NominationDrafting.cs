using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Contracts;
using Platform.Recognition.Committees;
using Platform.Recognition.Common;
using Platform.Recognition.Contracts;
using Platform.Recognition.Eligibility;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Nominations;

internal sealed record NewNomination(string SchemeId, string Period, SubjectKind SubjectKind, Guid SubjectId, string Citation);

/// <summary>Drafting and submitting: a submission checks eligibility at once and, when it passes, hands the nomination to the scheme's committee.</summary>
internal sealed class NominationDrafting(
    NominationWriter writer, SchemeCatalog schemes, SchemePeriods periods, SubjectFactsReader facts,
    CommitteeReader committees, CommitteeAssignment assignment, IOrganizationDirectory directory, TimeProvider clock)
{
    private IDocumentSession Session => writer.Session;

    public async Task<Nomination> DraftAsync(Actor actor, NewNomination input, bool submit, string reason, CancellationToken cancellationToken)
    {
        var why = ChangeReason.Check(reason);
        var citation = CheckCitation(input.Citation);
        var scheme = schemes.Require(input.SchemeId);
        if (scheme.SubjectKind != input.SubjectKind)
            throw PlatformException.Validation($"Scheme {scheme.Id} honours a {scheme.SubjectKind}, not a {input.SubjectKind}.", "subjectKind");
        var period = periods.Resolve(scheme, input.Period);
        if (period.From > clock.GetUtcNow()) throw PlatformException.Validation($"Period {period.Label} has not begun.", "period");
        var subject = new SubjectRef(input.SubjectKind, input.SubjectId);
        var known = await facts.GatherAsync(subject, period, cancellationToken);
        var community = subject.Kind == SubjectKind.Worker && actor.IsInRole(Role.Verifier) && scheme.Nomination.Roles.Contains(Role.Verifier)
            ? (await directory.FindWorkerAsync(subject.Id, cancellationToken))?.CommunityId
            : null;
        NominatorCheck.Require(actor, scheme, known, community);

        var id = Guid.CreateVersion7();
        Session.SetHeader("reason", why);
        Session.Insert(new NominationClaim(NominationClaim.KeyOf(scheme.Id, period.Label, subject), id));
        Session.Events.StartStream<Nomination>(id,
            new NominationDrafted(id, scheme.Id, period.Label, subject, known.Name, citation, actor.UserId, actor.Name));
        try
        {
            await Session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (SaveFailures.IsUniqueViolation(e))
        {
            throw PlatformException.Conflict($"{known.Name} already has an open nomination for {scheme.Id} {period.Label}.");
        }
        return submit ? await SubmitAsync(actor, id, why, cancellationToken) : (await Session.LoadAsync<Nomination>(id, cancellationToken))!;
    }

    public Task<Nomination> ReviseCitationAsync(Actor actor, Guid nominationId, string citation, string reason, CancellationToken cancellationToken)
    {
        var text = CheckCitation(citation);
        return writer.WriteAsync(nominationId, ChangeReason.Check(reason), (nomination, stream) =>
        {
            RequireNominator(actor, nomination);
            if (nomination.Status != NominationStatus.Draft) throw PlatformException.Conflict("Only a draft's citation can be revised.");
            stream.AppendOne(new NominationCitationRevised(nominationId, text));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<Nomination> SubmitAsync(Actor actor, Guid nominationId, string reason, CancellationToken cancellationToken) =>
        writer.WriteAsync(nominationId, ChangeReason.Check(reason), async (nomination, stream) =>
        {
            RequireNominator(actor, nomination);
            if (nomination.Status != NominationStatus.Draft) throw PlatformException.Conflict($"The nomination is {nomination.Status}, not a draft.");
            var scheme = schemes.Require(nomination.SchemeId);
            var subjectFacts = await facts.GatherAsync(nomination.Subject, periods.Resolve(scheme, nomination.Period), cancellationToken);
            var outcome = scheme.CheckEligibility(subjectFacts);
            stream.AppendMany(new NominationSubmitted(nominationId), new EligibilityChecked(nominationId, outcome.Eligible, outcome.Checks, subjectFacts));
            if (!outcome.Eligible)
            {
                Session.Delete<NominationClaim>(NominationClaim.KeyOf(nomination.SchemeId, nomination.Period, nomination.Subject));
                return;
            }
            if (await committees.ByCodeAsync(scheme.Review.Committee, cancellationToken) is { } committee)
                stream.AppendMany(await assignment.EventsAsync(nominationId, committee, subjectFacts, cancellationToken));
        }, cancellationToken);

    private static void RequireNominator(Actor actor, Nomination nomination)
    {
        if (nomination.NominatedBy != actor.UserId && !actor.IsInRole(Role.ProgrammeAdmin))
            throw PlatformException.Forbidden("Only the nominator (or the programme office) changes a draft.");
    }

    private static string CheckCitation(string citation)
    {
        var text = citation.Trim();
        return text.Length is >= 10 and <= 2000
            ? text
            : throw PlatformException.Validation("The citation, what the subject did, is 10 to 2000 characters.", "citation");
    }

}
