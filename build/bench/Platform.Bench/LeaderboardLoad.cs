using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host;
using Platform.Points.Contracts;

namespace Platform.Bench;

/// <summary>
/// A city-sized ledger written through the workers' grains (the platform's own write path, without
/// HTTP), the daemon left to build the boards, then the two board reads over GraphQL.
/// </summary>
internal sealed class LeaderboardLoad(PlatformHost host, BenchWorld world)
{
    /// <summary>Writes <paramref name="eventsPerWorker"/> awards for each of <paramref name="workers"/> workers (the registered ones first).</summary>
    public async Task<Measured> SeedAsync(int workers, int eventsPerWorker)
    {
        var grains = host.App.Services.GetRequiredService<IGrainFactory>();
        // The registered workers first; the others work where a registered one does.
        var ids = world.Workers.Concat(Enumerable.Range(0, Math.Max(0, workers - world.Workers.Count))
            .Select(n => world.Workers[n % world.Workers.Count] with { Id = Guid.NewGuid() })).Take(workers).ToArray();
        var month = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, 1, 4, 0, 0, TimeSpan.Zero);
        using var inFlight = new SemaphoreSlim(1000);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select(async (worker, n) =>
        {
            await inFlight.WaitAsync();
            try
            {
                var requests = Enumerable.Range(0, eventsPerWorker).Select(i => new AwardRequest(
                    $"bench-board:{worker.Id:N}:{i}", SourceKind.Adjustment, Guid.NewGuid(), 1 + ((n * 7 + i * 13) % 20), "基准测试积分", "Adjustment",
                    worker.Enterprise, worker.Branch, month.AddHours(i), "bench")).ToList();
                await grains.GetGrain<IWorkerPointsGrain>(worker.Id).AwardManyAsync(requests);
            }
            finally
            {
                inFlight.Release();
            }
        }));
        return new Measured(workers * eventsPerWorker / clock.Elapsed.TotalSeconds, double.NaN, double.NaN, workers, (long)workers * eventsPerWorker);
    }

    /// <summary>A signed-in account for one registered worker, to ask for "my rank".</summary>
    public async Task<BenchClient> WorkerClientAsync(BenchClient admin)
    {
        var phone = "13700000001";
        await admin.SendAsync(
            "mutation($p: String!, $r: [RoleGrantInput!]!) { access { createUser(phone: $p, name: \"骑手基准\", password: \"bench-worker-2026\", roles: $r, reason: \"benchmark\") { user { id } } } }",
            new { p = phone, r = new[] { new { role = "WORKER", scope = world.Workers[world.Workers.Count / 2].Id.ToString() } } });
        var worker = new BenchClient(host.Address);
        await worker.SignInAsync(phone, "bench-worker-2026");
        return worker;
    }

    public static Task<Measured> TopAsync(BenchClient admin, int queries) => TimeAsync(queries, async () =>
    {
        var rows = (await admin.SendAsync("{ points { leaderboard(scope: CITY, period: ALL_TIME, first: 100) { rank workerId displayName score } } }"))["points"]!["leaderboard"]!.AsArray();
        return rows.Count == 100 ? 1 : throw new InvalidOperationException($"The board has {rows.Count} rows, not 100.");
    });

    public static Task<Measured> MyRankAsync(BenchClient worker, int queries) => TimeAsync(queries, async () =>
        (await worker.SendAsync("{ points { myRank(scope: CITY, period: ALL_TIME) { rank score of } } }"))["points"]!["myRank"] is { } rank
            ? 1 : throw new InvalidOperationException("The worker is not on the board."));

    /// <summary>One caller, one query after another: the latency a person waits for.</summary>
    private static async Task<Measured> TimeAsync(int queries, Func<Task<int>> query)
    {
        for (var i = 0; i < 20; i++) await query();
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < queries; i++) await latencies.TimeAsync(query);
        return latencies.Over(clock.Elapsed.TotalSeconds);
    }
}
