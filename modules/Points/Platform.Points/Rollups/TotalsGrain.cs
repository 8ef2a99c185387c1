using Orleans.Runtime;
using Platform.Kernel.Grains;
using Platform.Points.Contracts;

namespace Platform.Points.Rollups;

/// <summary>
/// A total kept in grain state (ADO.NET storage) with the sequence of the last ledger event it
/// counted. The ledger's tail delivers changes in order and at least once; this applies each once.
/// </summary>
internal abstract class TotalsGrain(IPersistentState<TotalsState> state) : Grain, IRollupGrain
{
    public Task<PointsTotals> GetAsync() => Task.FromResult(new PointsTotals(
        state.State.Balance, new Dictionary<string, int>(state.State.ByCategory), new Dictionary<string, int>(state.State.ByMonth),
        state.State.LastSequence));

    public async Task ApplyAsync(IReadOnlyList<RollupDelta> deltas)
    {
        var totals = state.State;
        var applied = false;
        foreach (var delta in deltas.OrderBy(d => d.Sequence))
        {
            if (delta.Sequence <= totals.LastSequence) continue;
            totals.Balance += delta.Points;
            totals.ByCategory[delta.Category] = totals.ByCategory.GetValueOrDefault(delta.Category) + delta.Points;
            totals.ByMonth[delta.Month] = totals.ByMonth.GetValueOrDefault(delta.Month) + delta.Points;
            totals.LastSequence = delta.Sequence;
            applied = true;
        }
        if (applied) await state.WriteStateAsync();
    }
}

// Distinct state names: grain classes with one key and one state name would share a storage row.
internal sealed class BranchPointsGrain([PersistentState("branchTotals", DerivedStateStorage.Name)] IPersistentState<TotalsState> state)
    : TotalsGrain(state), IBranchPointsGrain;

internal sealed class EnterprisePointsGrain([PersistentState("enterpriseTotals", DerivedStateStorage.Name)] IPersistentState<TotalsState> state)
    : TotalsGrain(state), IEnterprisePointsGrain;
