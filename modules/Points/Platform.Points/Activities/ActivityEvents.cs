using Platform.Points.Contracts;

namespace Platform.Points.Activities;

internal sealed record ActivityScheduled(
    Guid ActivityId, Guid BranchId, ActivityType Type, string Title, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int Points, string CheckInCode, DateTimeOffset CheckInOpensAt, DateTimeOffset CheckInClosesAt);
