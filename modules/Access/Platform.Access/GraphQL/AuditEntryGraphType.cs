using GraphQL.Types;
using JasperFx.Events;

namespace Platform.Access.GraphQL;

/// <summary>One change in a history: what, when, who and why.</summary>
internal sealed record AuditEntry(string Action, DateTimeOffset At, string? By, string? Reason, long Version)
{
    public static AuditEntry From(IEvent e) => new(
        e.EventTypeName, e.Timestamp, e.UserName,
        e.Headers is not null && e.Headers.TryGetValue("reason", out var reason) ? reason?.ToString() : null,
        e.Version);
}

internal sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One change in an append-only history.";
        Field(x => x.Action).Description("The event, e.g. role_granted.");
        Field(x => x.At);
        Field(x => x.By, nullable: true).Description("Id of the user who made the change.");
        Field(x => x.Reason, nullable: true);
        Field(x => x.Version);
    }
}
