using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Commands;
using Platform.Points.Contracts;

namespace Platform.Points.Rollups;

/// <summary><c>reconcile</c>: waits for the roll-ups to catch up, then proves every balance and total; exit 1 on any difference.</summary>
internal sealed class ReconcileCommand : IPlatformCommand
{
    private static readonly TimeSpan CatchUp = TimeSpan.FromMinutes(10);

    public string Name => "reconcile";

    public string Description => "prove that balances, branch and enterprise totals and leaderboards equal the ledgers";

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ILedgerCatchUp>().WaitAsync(CatchUp);
        var report = await services.GetRequiredService<Reconciliation>().RunAsync(cancellationToken);
        await output.WriteLineAsync(
            $"Reconciled {report.Workers} workers, {report.Branches} branches, {report.Enterprises} enterprises: " +
            (report.Clean ? "clean." : $"{report.DifferenceCount} differences.") +
            (report.Pending > 0 ? $" {report.Pending} ledger events were not yet counted by the totals and boards." : ""));
        foreach (var d in report.Differences) await output.WriteLineAsync($"  {d.Scope} {d.Id}: ledger {d.Ledger}, recorded {d.Recorded}");
        return report.Clean ? 0 : 1;
    }
}
