using Platform.Recognition.Nominations;

namespace Platform.Recognition.Notice;

/// <summary>
/// What the notice's reminder does: ends the notice and, when no objection is open, approves the
/// nomination and awards the honour. An objection still open waits for the committee's ruling.
/// </summary>
internal sealed class NoticeEnding(NominationWriter writer, TimeProvider clock)
{
    /// <summary>Null when nothing is left for the reminder to do (ended now, or before, or withdrawn); the end when it came early.</summary>
    public async Task<DateTimeOffset?> EndAsync(Guid nominationId, CancellationToken cancellationToken)
    {
        DateTimeOffset? early = null;
        writer.ActingAs = "system:public-notice";
        await writer.WriteAsync(nominationId, "The public notice period ended.", (nomination, stream) =>
        {
            if (nomination.Status != NominationStatus.InNotice) return Task.CompletedTask;
            var now = clock.GetUtcNow();
            if (nomination.NoticeEndsAt > now)
            {
                early = nomination.NoticeEndsAt;
                return Task.CompletedTask;
            }
            stream.AppendOne(new PublicNoticeEnded(nominationId));
            var ended = nomination with { Status = NominationStatus.NoticeEnded };
            if (Awarding.Ready(ended)) Awarding.Append(ended, stream, now);
            return Task.CompletedTask;
        }, cancellationToken);
        return early;
    }
}
