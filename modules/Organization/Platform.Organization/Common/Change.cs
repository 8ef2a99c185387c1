using JasperFx.Events;

namespace Platform.Organization.Common;

/// <summary>One change in an entity's history: what, when, who and why.</summary>
internal sealed record Change(string Action, DateTimeOffset At, string? By, string? Reason, long Version)
{
    public static Change From(IEvent e) => new(
        e.EventTypeName, e.Timestamp, e.UserName,
        e.Headers is not null && e.Headers.TryGetValue("reason", out var reason) ? reason?.ToString() : null,
        e.Version);
}
