using JasperFx.Events;
using Platform.Points.Contracts;

namespace Platform.Points.GridTasks;

/// <summary>The verifier's decision: who, when, why, and the points the rules gave an acceptance (with the rule, cap and facts behind them; what the ledger holds is read from the ledger).</summary>
internal sealed record GridTaskDecision(
    GridTaskStatus Outcome, string? By, DateTimeOffset At, string? Reason, int? Points,
    AppliedRule? Rule = null, AwardCap? Cap = null, IReadOnlyList<string>? Flags = null);

/// <summary>
/// A grid task as its stream makes it (inline snapshot: the volunteer reads their submission back
/// at once, and the unique index on the idempotency key is checked in the same transaction).
/// </summary>
internal sealed record GridTask(
    Guid Id, Guid WorkerId, string WorkerName, Guid CommunityId, GridTaskKind Kind, DateTimeOffset DoneAt, string Description,
    IReadOnlyList<string> Evidence, string? IdempotencyKey, DateTimeOffset SubmittedAt, string? SubmittedBy,
    GridTaskStatus Status, GridTaskDecision? Decision)
{
    public int Version { get; set; }

    /// <summary>The key the task's points are awarded under: one award per task, whatever retries happen.</summary>
    public string SourceKey => SourceKeyOf(Id);

    public static string SourceKeyOf(Guid taskId) => $"gridtask:{taskId:N}";

    public static GridTask Create(IEvent<GridTaskSubmitted> e) => new(
        e.Data.TaskId, e.Data.WorkerId, e.Data.WorkerName, e.Data.CommunityId, e.Data.Kind, e.Data.DoneAt, e.Data.Description,
        e.Data.Evidence, e.Data.IdempotencyKey, e.Timestamp, e.UserName, GridTaskStatus.Submitted, null);

    public GridTask Apply(IEvent<GridTaskAccepted> e) => this with
    {
        Status = GridTaskStatus.Accepted,
        Decision = new GridTaskDecision(GridTaskStatus.Accepted, e.UserName, e.Timestamp, e.Data.Note, e.Data.Points, e.Data.Rule, e.Data.Cap, e.Data.Flags),
    };

    public GridTask Apply(IEvent<GridTaskRejected> e) => this with
    {
        Status = GridTaskStatus.Rejected,
        Decision = new GridTaskDecision(GridTaskStatus.Rejected, e.UserName, e.Timestamp, e.Data.Reason, null),
    };
}
