using Platform.Recognition.Nominations;

namespace Platform.Recognition.Notice;

/// <summary>Sets the reminder for a nomination that a step has just put on public notice.</summary>
internal sealed class NoticeScheduler(IGrainFactory grains)
{
    public async Task<Nomination> AfterAsync(Nomination saved)
    {
        if (saved is { Status: NominationStatus.InNotice, NoticeEndsAt: { } endsAt })
            await grains.GetGrain<INoticeDeadlineGrain>(saved.Id).ScheduleAsync(endsAt);
        return saved;
    }
}
