using JasperFx.Events;
using Microsoft.Extensions.Options;
using Platform.Recognition.Contracts;
using Platform.Recognition.Notice;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Ends a review: recommended and put on public notice when it passes and the quotas have a place,
/// rejected otherwise, with the tally and the reason kept.
/// </summary>
internal sealed class ReviewConclusion(NominationWriter writer, Quotas quotas, IOptions<NoticeOptions> notice, TimeProvider clock)
{
    public const string QuotaFull = "QUOTA_EXCEEDED";

    public async Task AppendAsync(IHonourScheme scheme, Nomination nomination, IEventStream<Nomination> stream, CancellationToken cancellationToken)
    {
        var tally = ReviewTallying.Tally(nomination, scheme.Review);
        if (!ReviewTallying.Passes(tally, scheme.Review))
        {
            Reject(nomination, stream, $"The review did not reach the pass threshold of {scheme.Review.PassThreshold:P0}: {Describe(tally)}.", tally);
            return;
        }
        if (await quotas.TakeAsync(scheme, nomination, cancellationToken) is { } full)
        {
            Reject(nomination, stream, $"{QuotaFull}: {full}", tally);
            return;
        }
        var endsAt = clock.GetUtcNow() + notice.Value.DayLength * scheme.NoticeDays;
        stream.AppendMany(new NominationRecommended(nomination.Id, tally), new PublicNoticeStarted(nomination.Id, endsAt));
    }

    public void Reject(Nomination nomination, IEventStream<Nomination> stream, string reason, ReviewTally? tally)
    {
        stream.AppendOne(new NominationRejected(nomination.Id, reason, tally));
        writer.Session.Delete<NominationClaim>(NominationClaim.KeyOf(nomination.SchemeId, nomination.Period, nomination.Subject));
    }

    private static string Describe(ReviewTally tally) =>
        string.Join(", ", new[]
        {
            tally.YesShare is { } yes ? $"{tally.Yes} yes and {tally.No} no ({yes:P0})" : null,
            tally.ScoreShare is { } score ? $"mean score {score:P0} of the maximum" : null,
        }.OfType<string>());
}
