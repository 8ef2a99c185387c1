using Orleans.Runtime;
using Platform.Kernel.Grains;
using Platform.Points.Contracts;

namespace Platform.Points.Rollups;

/// <summary>
/// A total kept in grain state (ADO.NET storage) with the sequence of the last ledger event it
/// counted. The ledger's tail delivers changes in order and at least once; this applies each once.
/// Changes are applied in memory and written when the follower asks (every two seconds or so, and on
/// deactivation): a write per page was most of what a page cost the single submissions waiting
/// beside it (docs/profiling.md, twenty-sixth and twenty-seventh passes). What was not written is
/// handed over again from the tail's durable position (<see cref="RollupFollower"/>).
/// </summary>
internal abstract class TotalsGrain(IPersistentState<TotalsState> state) : Grain, IRollupGrain
{
    private bool _unwritten;

    public Task<PointsTotals> GetAsync() => Task.FromResult(new PointsTotals(
        state.State.Balance, new Dictionary<string, int>(state.State.ByCategory), new Dictionary<string, int>(state.State.ByMonth),
        state.State.LastSequence));

    public Task ApplyAsync(IReadOnlyList<RollupDelta> deltas, long handedBefore)
    {
        var totals = state.State;
        // Reloaded from a write older than what it was handed (its host died, or a write on
        // deactivation failed): applying more would skip what was lost.
        if (totals.LastSequence < handedBefore)
            throw new InvalidOperationException(
                $"{this.GetGrainId()} holds the ledger up to {totals.LastSequence} but was handed it up to {handedBefore}: it lost what it had not written.");
        foreach (var delta in deltas.OrderBy(d => d.Sequence))
        {
            if (delta.Sequence <= totals.LastSequence) continue;
            totals.Balance += delta.Points;
            totals.ByCategory[delta.Category] = totals.ByCategory.GetValueOrDefault(delta.Category) + delta.Points;
            totals.ByMonth[delta.Month] = totals.ByMonth.GetValueOrDefault(delta.Month) + delta.Points;
            totals.LastSequence = delta.Sequence;
            _unwritten = true;
        }
        return Task.CompletedTask;
    }

    public async Task<long> WriteAsync()
    {
        if (_unwritten)
        {
            await state.WriteStateAsync();
            _unwritten = false;
        }
        return state.State.LastSequence;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unwritten) await state.WriteStateAsync(cancellationToken);
    }
}

// Distinct state names: grain classes with one key and one state name would share a storage row.
internal sealed class BranchPointsGrain([PersistentState("branchTotals", DerivedStateStorage.Name)] IPersistentState<TotalsState> state)
    : TotalsGrain(state), IBranchPointsGrain;

internal sealed class EnterprisePointsGrain([PersistentState("enterpriseTotals", DerivedStateStorage.Name)] IPersistentState<TotalsState> state)
    : TotalsGrain(state), IEnterprisePointsGrain;
