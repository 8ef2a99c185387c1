using Platform.Points.Contracts;

namespace Platform.Points.Activities;

/// <summary>An activity scheduled by its branch; the points its attendance earns are the point rules' (Rules/), not the event's.</summary>
internal sealed record ActivityScheduled(
    Guid ActivityId, Guid BranchId, ActivityType Type, string Title, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string CheckInCode, DateTimeOffset CheckInOpensAt, DateTimeOffset CheckInClosesAt);
