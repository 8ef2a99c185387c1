using System.Text.RegularExpressions;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;

namespace Platform.Points.Ledger;

/// <summary>The programme office's corrections: manual adjustments and reversals, each with a reason.</summary>
internal sealed partial class LedgerCommands(LedgerEntries entries, IOrganizationDirectory directory, IGrainFactory grains, TimeProvider clock)
{
    public const int MaxAdjustment = 1000;

    public async Task<LedgerEntry> AdjustAsync(
        Actor actor, Guid workerId, int points, string? category, string reason, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (points == 0 || Math.Abs(points) > MaxAdjustment)
            throw PlatformException.Validation($"An adjustment is between -{MaxAdjustment} and {MaxAdjustment}, and not 0.", "points");
        var why = ChangeReason.Check(reason);
        if (!KeyPattern().IsMatch(idempotencyKey ?? ""))
            throw PlatformException.Validation("An idempotency key has 8 to 100 letters, digits, '-', '_' or ':'.", "idempotencyKey");
        var label = string.IsNullOrWhiteSpace(category) ? "Adjustment" : category.Trim();
        if (label.Length > 40) throw PlatformException.Validation("A category has at most 40 characters.", "category");
        var worker = await directory.FindWorkerAsync(workerId, cancellationToken)
            ?? throw PlatformException.NotFound($"No worker has id {workerId}.");

        var key = $"adjustment:{idempotencyKey}";
        var award = await grains.GetGrain<IWorkerPointsGrain>(workerId).AwardAsync(new AwardRequest(
            key, SourceKind.Adjustment, LedgerStream.ForKey(key), points, why, label,
            worker.EnterpriseIds.Count == 1 ? worker.EnterpriseIds[0] : null, worker.BranchId, clock.GetUtcNow(), actor.UserId.ToString()));
        if (award.WorkerId != workerId)
            throw PlatformException.Conflict("This idempotency key was already used for another worker.");
        return await LoadAsync(award.SourceKey, cancellationToken);
    }

    public async Task<LedgerEntry> ReverseAsync(Actor actor, string sourceKey, string reason, CancellationToken cancellationToken)
    {
        var why = ChangeReason.Check(reason);
        var entry = await entries.LoadAsync(sourceKey ?? "", cancellationToken)
            ?? throw PlatformException.NotFound("No ledger entry has this source key.");
        if (entry.ReversalOf is not null) throw PlatformException.Validation("A reversal is not reversed: award the points again instead.", "sourceKey");
        var reversal = await grains.GetGrain<IWorkerPointsGrain>(entry.WorkerId).ReverseAsync(new ReversalRequest(entry.Id, why, actor.UserId.ToString()))
            ?? throw PlatformException.NotFound("No ledger entry has this source key.");
        return await LoadAsync(reversal.SourceKey, cancellationToken);
    }

    private async Task<LedgerEntry> LoadAsync(string key, CancellationToken cancellationToken) =>
        await entries.LoadAsync(key, cancellationToken) ?? throw new InvalidOperationException($"Entry {key} was written but cannot be read.");

    [GeneratedRegex("^[A-Za-z0-9_:-]{8,100}$")]
    private static partial Regex KeyPattern();
}
