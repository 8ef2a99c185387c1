using Platform.Organization.Contracts;
using Platform.Points.Contracts;

namespace Platform.Points.GridTasks;

/// <summary>
/// The award of an accepted task, the same whoever asks for it (the acceptance itself, a repeat of
/// it, or the award backstop subscription): the source key makes the first one count.
/// </summary>
internal static class GridTaskAward
{
    /// <summary>The award, or null when the task was accepted without points (no rule covered it).</summary>
    public static AwardRequest? For(GridTask task, WorkerSummary worker)
    {
        if (task.Decision is not { Outcome: GridTaskStatus.Accepted, Points: { } points } decision)
            throw new InvalidOperationException($"Grid task {task.Id} is not accepted: it earns nothing.");
        if (points <= 0) return null;
        // Branch and enterprise are the worker's when the points are awarded, as for every source.
        return new AwardRequest(
            task.SourceKey, SourceKind.GridTask, task.Id, points,
            $"网格工作·{GridTaskLabels.Chinese(task.Kind)} (grid task accepted)", task.Kind.ToString(),
            worker.EnterpriseIds.Count == 1 ? worker.EnterpriseIds[0] : null, worker.BranchId, task.DoneAt, decision.By,
            decision.Rule, decision.Cap, decision.Flags);
    }
}
