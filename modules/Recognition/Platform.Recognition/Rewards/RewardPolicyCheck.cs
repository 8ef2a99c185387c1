using Microsoft.Extensions.Hosting;

namespace Platform.Recognition.Rewards;

/// <summary>The host refuses to start when a scheme names a reward policy nobody registered: its honours would lose rewards silently.</summary>
internal sealed class RewardPolicyCheck(RewardPlan plan) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        plan.MissingPolicies() is { Count: > 0 } missing
            ? throw new InvalidOperationException($"Unknown reward policies (register an IRewardPolicy with that Id): {string.Join("; ", missing)}.")
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
