using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Withdrawal, at any step before approval (by the nominator, the worker nominated, or the
/// programme office), and revocation of an awarded honour by the programme office, whose rewards
/// are then reversed.
/// </summary>
internal sealed class Closing(NominationWriter writer, SchemeCatalog schemes, Quotas quotas)
{
    public Task<Nomination> WithdrawAsync(Actor actor, Guid nominationId, string reason, CancellationToken cancellationToken)
    {
        var why = ChangeReason.Check(reason);
        return writer.WriteAsync(nominationId, why, async (nomination, stream) =>
        {
            var subjectItself = nomination.Subject.Kind == SubjectKind.Worker && actor.WorkerId == nomination.Subject.Id;
            if (nomination.NominatedBy != actor.UserId && !subjectItself && !actor.IsInRole(Role.ProgrammeAdmin))
                throw PlatformException.Forbidden("Only the nominator, the worker nominated or the programme office withdraws a nomination.");
            if (!nomination.IsOpen) throw PlatformException.Conflict($"The nomination is {nomination.Status}: too late to withdraw.");
            if (nomination.Status is NominationStatus.InNotice or NominationStatus.NoticeEnded)
                await quotas.ReleaseAsync(schemes.Require(nomination.SchemeId), nomination, cancellationToken);
            stream.AppendOne(new NominationWithdrawn(nominationId, why));
            writer.Session.Delete<NominationClaim>(NominationClaim.KeyOf(nomination.SchemeId, nomination.Period, nomination.Subject));
        }, cancellationToken);
    }

    public Task<Nomination> RevokeAsync(Actor actor, Guid nominationId, string reason, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin)) throw PlatformException.Forbidden("Only the programme office revokes an honour.");
        var why = ChangeReason.Check(reason);
        return writer.WriteAsync(nominationId, why, (nomination, stream) =>
        {
            if (nomination.Status != NominationStatus.Awarded) throw PlatformException.Conflict($"The nomination is {nomination.Status}: only an awarded honour is revoked.");
            stream.AppendOne(new HonourRevoked(nominationId, why));
            return Task.CompletedTask;
        }, cancellationToken);
    }
}
