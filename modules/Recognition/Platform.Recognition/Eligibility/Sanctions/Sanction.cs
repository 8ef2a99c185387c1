using JasperFx.Events;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Eligibility.Sanctions;

/// <summary>Who lifted a sanction, when and why.</summary>
internal sealed record SanctionLift(string Reason, string? By, DateTimeOffset At);

/// <summary>
/// A sanction as its stream makes it (inline snapshot). It is in force from <see cref="From"/> to the
/// earlier of <see cref="Until"/> and its lifting; eligibility counts those in force at any time of a period.
/// </summary>
internal sealed record Sanction(
    Guid Id, SubjectKind SubjectKind, Guid SubjectId, string Reason, DateTimeOffset From, DateTimeOffset? Until,
    string? RecordedBy, DateTimeOffset RecordedAt, SanctionLift? Lift)
{
    public int Version { get; set; }

    /// <summary>When it stops being in force, or null while it lasts.</summary>
    public DateTimeOffset? EndsAt => (Until, Lift?.At) switch
    {
        ({ } until, { } lifted) => until < lifted ? until : lifted,
        (var until, var lifted) => until ?? lifted,
    };

    /// <summary>In force at some instant of [from, to); one lifted before it began never was.</summary>
    public bool InForceDuring(DateTimeOffset from, DateTimeOffset to)
    {
        var end = EndsAt ?? DateTimeOffset.MaxValue;
        return From < end && From < to && end > from;
    }

    public static Sanction Create(IEvent<SanctionRecorded> e) =>
        new(e.Data.SanctionId, e.Data.SubjectKind, e.Data.SubjectId, e.Data.Reason, e.Data.From, e.Data.Until, e.UserName, e.Timestamp, null);

    public Sanction Apply(IEvent<SanctionLifted> e) => this with { Lift = new SanctionLift(e.Data.Reason, e.UserName, e.Timestamp) };
}
