using System.Collections.Concurrent;
using Platform.Host;
using Platform.Kernel.Networking;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Ledger;

/// <summary>
/// The host killed (SIGKILL) while clients submit awards and retry until answered: after a restart
/// every award is there exactly once, and the books reconcile.
/// </summary>
public sealed class CrashTests : IAsyncLifetime
{
    private const int Clients = 8;
    private const int KeysPerClient = 50;
    private const int KillAfterAcknowledged = 120;

    private const string Adjust = """
        mutation($w: ID!, $k: String!) { points { adjustPoints(workerId: $w, points: 1, reason: "崩溃测试补录", idempotencyKey: $k) { sourceKey points } } }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"jufeng-test-crash-{Guid.NewGuid():N}");
    private volatile TaskCompletionSource _hostUp = Completed();
    private int _acknowledged;

    private IEnumerable<string> Settings =>
    [
        $"--Postgres:DataDirectory={_folder}",
        "--Access:SigningKey=crash-test-signing-key-of-32-bytes!!",
        $"--Access:BootstrapAdmin:Phone={TestPlatform.AdminPhone}",
        $"--Access:BootstrapAdmin:Password={TestPlatform.AdminPassword}",
        "--Access:PasswordIterations=1000",
        "--environment=Testing",
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Orleans=Error",
    ];

    [Fact]
    public async Task Every_acknowledged_award_is_there_exactly_once_after_the_host_is_killed_mid_stream()
    {
        var port = LoopbackPorts.Free();
        var host = await HostProcess.StartAsync(Settings, port);
        var client = new GraphQLClient(new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) });
        var world = await PointsWorld.CreateAsync(client);
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answers = new ConcurrentDictionary<string, string>();

        var submitting = Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < KeysPerClient; i++)
            {
                var key = $"crash-{c}-{i}-{Guid.NewGuid():N}";
                answers[key] = await SubmitUntilAnsweredAsync(client, world, c % 2 == 0 ? world.WorkerA : world.WorkerB, key);
                if (Interlocked.Increment(ref _acknowledged) == KillAfterAcknowledged) killed.TrySetResult();
            }
        })));

        await killed.Task.WaitAsync(TimeSpan.FromMinutes(2));
        _hostUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await host.KillAsync();
        await using (host = await HostProcess.StartAsync(Settings, port))
        {
            _hostUp.TrySetResult();
            await submitting.WaitAsync(TimeSpan.FromMinutes(3));

            Assert.Equal(Clients * KeysPerClient, answers.Count);
            Assert.All(answers, a => Assert.Equal(a.Key.Replace("crash-", "adjustment:crash-", StringComparison.Ordinal), a.Value));
            var (a, b) = (await AccountAsync(client, world, world.WorkerA), await AccountAsync(client, world, world.WorkerB));
            Assert.Equal((Clients / 2 * KeysPerClient, Clients / 2 * KeysPerClient), (a.Awards, b.Awards));
            Assert.Equal((a.Awards, b.Awards), (a.Balance, b.Balance));
            await host.StopAsync();
        }

        var output = new StringWriter();
        Assert.Equal(0, await PlatformCommands.RunAsync("reconcile", [.. Settings], output));
        Assert.Contains("clean.", output.ToString());
    }

    /// <summary>A client that retries the same key until it has an answer, waiting for the host to be back rather than guessing when.</summary>
    private async Task<string> SubmitUntilAnsweredAsync(GraphQLClient client, PointsWorld world, Guid worker, string key)
    {
        while (true)
        {
            try
            {
                var response = await client.SendAsync(Adjust, new { w = worker, k = key }, world.Admin);
                if (response.Errors is null) return response.Points()["adjustPoints"]!["sourceKey"]!.GetValue<string>();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
            }
            // The host is going down or gone: wait for the new one (at once when it is up).
            await _hostUp.Task;
        }
    }

    private static async Task<(int Balance, int Awards)> AccountAsync(GraphQLClient client, PointsWorld world, Guid worker)
    {
        var account = (await client.SendAsync("query($w: ID!) { points { workerPoints(workerId: $w) { balance awards } } }", new { w = worker }, world.Admin))
            .Points()["workerPoints"]!;
        return (account["balance"]!.GetValue<int>(), account["awards"]!.GetValue<int>());
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
