using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Objections during public notice: anyone signed in files one with a reason; a member of the
/// reviewing committee (not recused) or the programme office upholds it, which ends the nomination,
/// or dismisses it. The last dismissal after the notice is over awards the honour.
/// </summary>
internal sealed class Objections(NominationWriter writer, SchemeCatalog schemes, Quotas quotas, ReviewConclusion conclusion, TimeProvider clock)
{
    public Task<Nomination> FileAsync(Actor actor, Guid nominationId, string reason, CancellationToken cancellationToken)
    {
        var why = CheckObjection(reason);
        return writer.WriteAsync(nominationId, why, (nomination, stream) =>
        {
            if (nomination.Status != NominationStatus.InNotice)
                throw PlatformException.Conflict("Objections are taken only while the nomination is on public notice.");
            stream.AppendOne(new ObjectionFiled(nominationId, Guid.CreateVersion7(), actor.UserId, why));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<Nomination> RuleAsync(Actor actor, Guid nominationId, Guid objectionId, bool uphold, string reason, CancellationToken cancellationToken)
    {
        var why = ChangeReason.Check(reason);
        return writer.WriteAsync(nominationId, why, async (nomination, stream) =>
        {
            RequireAdjudicator(actor, nomination);
            var objection = nomination.Objections.FirstOrDefault(o => o.Id == objectionId)
                ?? throw PlatformException.NotFound($"Nomination {nominationId} has no objection {objectionId}.");
            if (objection.Status != ObjectionStatus.Open) throw PlatformException.Conflict($"The objection was {objection.Status} already.");
            if (nomination.Status is not (NominationStatus.InNotice or NominationStatus.NoticeEnded))
                throw PlatformException.Conflict($"The nomination is {nomination.Status}: its objections are closed.");
            if (uphold)
            {
                stream.AppendOne(new ObjectionUpheld(nominationId, objectionId, why));
                await quotas.ReleaseAsync(schemes.Require(nomination.SchemeId), nomination, cancellationToken);
                conclusion.Reject(nomination, stream, $"An objection was upheld: {why}", nomination.Tally);
                return;
            }
            stream.AppendOne(new ObjectionDismissed(nominationId, objectionId, why));
            var after = nomination with { Objections = nomination.Objections.Select(o => o.Id == objectionId ? o with { Status = ObjectionStatus.Dismissed } : o).ToList() };
            if (Awarding.Ready(after)) Awarding.Append(after, stream, clock.GetUtcNow());
        }, cancellationToken);
    }

    private static void RequireAdjudicator(Actor actor, Nomination nomination)
    {
        if (actor.IsInRole(Role.ProgrammeAdmin)) return;
        if (!nomination.ActiveMembers.Contains(actor.UserId))
            throw PlatformException.Forbidden("Only the reviewing committee's members (not recused) or the programme office rule on objections.");
    }

    private static string CheckObjection(string reason)
    {
        var text = reason.Trim();
        return text.Length is >= 5 and <= 2000 ? text : throw PlatformException.Validation("An objection states its reason in 5 to 2000 characters.", "reason");
    }
}
