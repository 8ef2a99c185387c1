using JasperFx.Events;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Recognition.Committees;
using Platform.Recognition.Contracts;
using Platform.Recognition.Notice;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.Nominations;

internal sealed record NewReview(IReadOnlyDictionary<string, int> Scores, bool? Vote, string? Comment);

/// <summary>
/// Committee work on a nomination: reviews, declared conflicts, the conclusion (automatic once every
/// member not recused has reviewed, or closed early by the programme office once quorum is met),
/// and a manual assignment where no committee had the scheme's code at submission.
/// </summary>
internal sealed class Reviewing(
    NominationWriter writer, SchemeCatalog schemes, CommitteeReader committees, CommitteeAssignment assignment,
    ReviewConclusion conclusion, NoticeScheduler notices)
{
    public const string QuorumNotMet = "QUORUM_NOT_MET";

    public async Task<Nomination> ReviewAsync(Actor actor, Guid nominationId, NewReview review, CancellationToken cancellationToken)
    {
        var comment = review.Comment?.Trim();
        if (comment is { Length: > 1000 }) throw PlatformException.Validation("A comment is at most 1000 characters.", "comment");
        var saved = await writer.WriteAsync(nominationId, string.IsNullOrEmpty(comment) ? "Review submitted." : comment, async (nomination, stream) =>
        {
            await RequireActiveMemberAsync(actor, nomination, cancellationToken);
            if (nomination.Reviews.Any(r => r.MemberId == actor.UserId)) throw PlatformException.Conflict("You have reviewed this nomination already.");
            var scheme = schemes.Require(nomination.SchemeId);
            CheckReview(scheme.Review, review);
            stream.AppendOne(new ReviewSubmitted(nominationId, actor.UserId, review.Scores, review.Vote, string.IsNullOrEmpty(comment) ? null : comment));
            var after = nomination with { Reviews = [.. nomination.Reviews, new Review(actor.UserId, review.Scores, review.Vote, comment, DateTimeOffset.UtcNow)] };
            await ConcludeIfCompleteAsync(scheme, after, stream, cancellationToken);
        }, cancellationToken);
        return await notices.AfterAsync(saved);
    }

    public async Task<Nomination> DeclareConflictAsync(Actor actor, Guid nominationId, string reason, CancellationToken cancellationToken)
    {
        var why = ChangeReason.Check(reason);
        var saved = await writer.WriteAsync(nominationId, why, async (nomination, stream) =>
        {
            await RequireActiveMemberAsync(actor, nomination, cancellationToken);
            stream.AppendOne(new MemberRecused(nominationId, actor.UserId, why, Automatic: false));
            var after = nomination with { Recusals = [.. nomination.Recusals, new Recusal(actor.UserId, why, false)] };
            await ConcludeIfCompleteAsync(schemes.Require(nomination.SchemeId), after, stream, cancellationToken);
        }, cancellationToken);
        return await notices.AfterAsync(saved);
    }

    public async Task<Nomination> ConcludeAsync(Actor actor, Guid nominationId, string reason, CancellationToken cancellationToken)
    {
        RequireProgrammeAdmin(actor);
        var saved = await writer.WriteAsync(nominationId, ChangeReason.Check(reason), async (nomination, stream) =>
        {
            if (nomination.Status != NominationStatus.InReview) throw PlatformException.Conflict($"The nomination is {nomination.Status}, not in review.");
            var scheme = schemes.Require(nomination.SchemeId);
            var tally = ReviewTallying.Tally(nomination, scheme.Review);
            if (!ReviewTallying.QuorumMet(tally))
                throw new PlatformException(QuorumNotMet, $"{tally.Reviews} of the {tally.Required} reviews needed are in: the review cannot conclude yet.");
            await conclusion.AppendAsync(scheme, nomination, stream, cancellationToken);
        }, cancellationToken);
        return await notices.AfterAsync(saved);
    }

    public Task<Nomination> AssignAsync(Actor actor, Guid nominationId, Guid committeeId, string reason, CancellationToken cancellationToken)
    {
        RequireProgrammeAdmin(actor);
        return writer.WriteAsync(nominationId, ChangeReason.Check(reason), async (nomination, stream) =>
        {
            if (nomination.Status != NominationStatus.Eligible)
                throw PlatformException.Conflict($"The nomination is {nomination.Status}: only an eligible nomination awaiting a committee is assigned.");
            var committee = await committees.ByIdAsync(committeeId, cancellationToken) ?? throw PlatformException.NotFound($"There is no review committee {committeeId}.");
            if (committee.Members.Count == 0) throw PlatformException.Validation($"{committee.Name} has no members yet.", "committeeId");
            stream.AppendMany(await assignment.EventsAsync(nominationId, committee, nomination.Facts!, cancellationToken));
        }, cancellationToken);
    }

    private async Task ConcludeIfCompleteAsync(IHonourScheme scheme, Nomination nomination, IEventStream<Nomination> stream, CancellationToken cancellationToken)
    {
        if (ReviewTallying.Complete(nomination) && ReviewTallying.QuorumMet(ReviewTallying.Tally(nomination, scheme.Review)))
            await conclusion.AppendAsync(scheme, nomination, stream, cancellationToken);
    }

    private async Task RequireActiveMemberAsync(Actor actor, Nomination nomination, CancellationToken cancellationToken)
    {
        if (nomination.Status != NominationStatus.InReview) throw PlatformException.Conflict($"The nomination is {nomination.Status}, not in review.");
        if (!nomination.Members.Contains(actor.UserId)) throw PlatformException.Forbidden("You are not on the committee reviewing this nomination.");
        if (nomination.Recusals.Any(r => r.MemberId == actor.UserId)) throw PlatformException.Forbidden("You are recused from this nomination.");
        var committee = await committees.ByIdAsync(nomination.CommitteeId!.Value, cancellationToken);
        if (committee?.HasMember(actor.UserId) != true) throw PlatformException.Forbidden("You are no longer on the committee reviewing this nomination.");
    }

    private static void CheckReview(ReviewPolicy policy, NewReview review)
    {
        if (ReviewTallying.Votes(policy.Mode) && review.Vote is null) throw PlatformException.Validation("This scheme's reviewers vote: give vote.", "vote");
        if (!ReviewTallying.Votes(policy.Mode) && review.Vote is not null) throw PlatformException.Validation("This scheme's reviewers score; they do not vote.", "vote");
        if (!ReviewTallying.Scores(policy.Mode))
        {
            if (review.Scores.Count > 0) throw PlatformException.Validation("This scheme's reviewers vote; they do not score.", "scores");
            return;
        }
        foreach (var criterion in policy.Rubric)
            if (!review.Scores.TryGetValue(criterion.Id, out var score) || score < 0 || score > criterion.MaxScore)
                throw PlatformException.Validation($"Score criterion {criterion.Id} from 0 to {criterion.MaxScore}.", "scores");
        if (review.Scores.Keys.FirstOrDefault(k => policy.Rubric.All(c => c.Id != k)) is { } unknown)
            throw PlatformException.Validation($"The rubric has no criterion {unknown}.", "scores");
    }

    private static void RequireProgrammeAdmin(Actor actor)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin)) throw PlatformException.Forbidden("Only the programme office does this.");
    }
}
