using Platform.Recognition.Contracts;

namespace Platform.Recognition.Eligibility.Sanctions;

// One stream per sanction. Who and when are the event's metadata (user name, timestamp); why is
// the `reason` header and, since a sanction is judged on it, a field of the event too.

/// <summary>A programme admin recorded a sanction, in force from <c>From</c> until <c>Until</c> (null: until lifted).</summary>
internal sealed record SanctionRecorded(Guid SanctionId, SubjectKind SubjectKind, Guid SubjectId, string Reason, DateTimeOffset From, DateTimeOffset? Until);

/// <summary>A programme admin lifted the sanction: it ends at this event's time.</summary>
internal sealed record SanctionLifted(Guid SanctionId, string Reason);
