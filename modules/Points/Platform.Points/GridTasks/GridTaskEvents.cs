using Platform.Points.Contracts;

namespace Platform.Points.GridTasks;

// Who and when are the event's metadata (user name, timestamp); why is its `reason` header.

/// <summary>A grid volunteer reported work done in their community.</summary>
/// <param name="WorkerName">The name at submission, so a verifier's queue needs no registry look-up per row.</param>
internal sealed record GridTaskSubmitted(
    Guid TaskId, Guid WorkerId, string WorkerName, Guid CommunityId, GridTaskKind Kind, DateTimeOffset DoneAt, string Description,
    IReadOnlyList<string> Evidence, string? IdempotencyKey);

/// <summary>
/// The community's verifier confirmed the work. <paramref name="Points"/> and the rule, cap and
/// facts behind them are fixed here, so a retried award after a failure awards what was decided,
/// whatever the rules say later. 0 points: no rule covered the task; it is accepted, not awarded.
/// </summary>
internal sealed record GridTaskAccepted(
    Guid TaskId, int Points, string? Note, AppliedRule? Rule = null, AwardCap? Cap = null, IReadOnlyList<string>? Flags = null);

/// <summary>The community's verifier did not confirm the work; it earns nothing.</summary>
internal sealed record GridTaskRejected(Guid TaskId, string Reason);
