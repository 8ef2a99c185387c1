using Platform.Recognition.Nominations;

namespace Platform.Recognition.Notice;

/// <summary>
/// What the notice's reminder does: ends the notice and, when no objection is open, approves the
/// nomination and awards the honour. An objection still open waits for the committee's ruling.
/// </summary>
internal sealed class NoticeEnding(NominationWriter writer, TimeProvider clock)
{
    /// <summary>True when nothing is left for the reminder to do (ended now, or before, or withdrawn).</summary>
    public async Task<bool> EndAsync(Guid nominationId, CancellationToken cancellationToken)
    {
        var early = false;
        writer.ActingAs = "system:public-notice";
        await writer.WriteAsync(nominationId, "The public notice period ended.", (nomination, stream) =>
        {
            if (nomination.Status != NominationStatus.InNotice) return Task.CompletedTask;
            var now = clock.GetUtcNow();
            if (nomination.NoticeEndsAt > now)
            {
                early = true;
                return Task.CompletedTask;
            }
            stream.AppendOne(new PublicNoticeEnded(nominationId));
            var ended = nomination with { NoticeOver = true };
            if (Awarding.Ready(ended)) Awarding.Append(ended, stream, now);
            return Task.CompletedTask;
        }, cancellationToken);
        return !early;
    }
}
