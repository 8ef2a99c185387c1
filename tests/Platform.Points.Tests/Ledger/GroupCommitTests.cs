using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Ledger;

/// <summary>The ledger commits many awards per transaction; each must still be whole, once, and its author's.</summary>
public sealed class GroupCommitTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private const string Adjust = """
        mutation($w: ID!, $p: Int!, $r: String!, $k: String!) {
          points { adjustPoints(workerId: $w, points: $p, reason: $r, idempotencyKey: $k) { sourceKey points reason } } }
        """;

    private GraphQLClient Client => platform.Client;

    [Fact]
    public async Task Awards_sent_together_are_each_recorded_once_with_their_own_reason_and_author()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var sends = Enumerable.Range(0, 300).Select(i => (Worker: i % 2 == 0 ? world.WorkerA : world.WorkerB, Points: (i % 7) + 1, Key: $"group-{tag}-{i}"));

        var answers = await Task.WhenAll(sends.Select(s =>
            Client.SendAsync(Adjust, new { w = s.Worker, p = s.Points, r = $"批量补录第{s.Key}条", k = s.Key }, world.Admin)));

        Assert.All(answers, a => a.Ok());
        var expected = sends.GroupBy(s => s.Worker).ToDictionary(g => g.Key, g => g.Sum(s => s.Points));
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        foreach (var (worker, total) in expected)
        {
            var events = await session.Events.FetchStreamAsync(LedgerStream.For(worker));
            Assert.Equal(150, events.Count);
            // The ledger writes its rows set-based (LedgerRows): they must read back as Marten's own.
            Assert.Equal(Enumerable.Range(1, 150).Select(v => (long)v), events.Select(e => e.Version));
            Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
            Assert.Equal(150, events.Select(e => e.Id).Distinct().Count());
            Assert.All(events, e => Assert.Equal(7, e.Id.Version));
            Assert.Equal(150, (await session.Events.FetchStreamStateAsync(LedgerStream.For(worker)))!.Version);
            Assert.Equal(total, events.Sum(e => ((PointsAwarded)e.Data).Points));
            var entries = (await platform.Services.GetRequiredService<LedgerEntries>()
                .LoadManyAsync([.. events.Select(e => ((PointsAwarded)e.Data).SourceKey)], CancellationToken.None)).ToDictionary(e => e.Id);
            var sequences = await EntrySequences.OfAsync(platform, entries.Keys);
            Assert.All(events, e =>
            {
                var entry = entries[((PointsAwarded)e.Data).SourceKey];
                // The entry keeps its event's place in the ledger's order (LedgerRows joins them in one statement).
                Assert.Equal(e.Sequence, sequences[entry.Id]);
                Assert.NotNull(entry.By);
                Assert.Equal(entry.By, e.UserName);
                Assert.Equal(entry.Reason, Header(e, "reason"));
                // The body, sent as UTF-8 (LedgerJson), reads back whole.
                var data = (PointsAwarded)e.Data;
                Assert.Equal(new PointsAwarded(entry.WorkerId, entry.Id, entry.Kind, entry.SourceId, entry.Points, entry.Reason, entry.Category,
                    entry.EnterpriseId, entry.BranchId, data.OccurredAt, entry.Month, entry.Rule), data);
                Assert.Equal(entry.OccurredAt, LedgerEntry.Instant(data.OccurredAt));
            });
            Assert.Equal(total, (await platform.BalanceOfAsync(worker)).Balance);
        }
    }

    [Fact]
    public async Task Ten_thousand_concurrent_duplicate_submissions_count_once()
    {
        var world = await PointsWorld.CreateAsync(Client);
        var key = $"dup-{Guid.NewGuid():N}";
        using var inFlight = new SemaphoreSlim(100);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10_000).Select(async _ =>
        {
            await inFlight.WaitAsync();
            try
            {
                return (await Client.SendAsync(Adjust, new { w = world.WorkerA, p = 7, r = "同一条记录重复提交", k = key }, world.Admin))
                    .Points()["adjustPoints"]!.ToJsonString();
            }
            finally
            {
                inFlight.Release();
            }
        }));

        Assert.Single(answers.Distinct());
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(LedgerStream.For(world.WorkerA)));
        Assert.Equal(7, (await platform.BalanceOfAsync(world.WorkerA)).Balance);
    }

    [Fact]
    public async Task A_key_written_before_the_grain_forgot_it_is_answered_with_its_first_entry_and_the_rest_of_the_batch_is_written()
    {
        var world = await PointsWorld.CreateAsync(Client);
        AwardRequest Request(string key, int points) => new(key, SourceKind.Adjustment, Guid.NewGuid(), points, "补录线下活动积分", "Adjustment",
            world.Enterprise, world.Branch, DateTimeOffset.UtcNow.AddHours(-1), "test");
        var first = Request($"forgotten-{Guid.NewGuid():N}", 5);
        await Grains.GetGrain<IWorkerPointsGrain>(world.WorkerA).AwardAsync(first);

        await platform.RestartAsync();
        var answers = await Grains.GetGrain<IWorkerPointsGrain>(world.WorkerA)
            .AwardManyAsync([first with { Points = 9 }, Request($"new-{Guid.NewGuid():N}", 3), Request($"new-{Guid.NewGuid():N}", 4)]);

        Assert.Equal([(true, 5), (false, 3), (false, 4)], answers.Select(a => (a.IsRepeat, a.Points)));
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Equal(3, (await session.Events.FetchStreamAsync(LedgerStream.For(world.WorkerA))).Count);
        Assert.Equal(12, (await platform.BalanceOfAsync(world.WorkerA)).Balance);
    }

    [Fact]
    public async Task Small_writes_wait_for_the_transaction_in_flight_and_then_commit_together()
    {
        var world = await PointsWorld.CreateAsync(Client);
        AwardRequest Request() => new($"gate-{Guid.NewGuid():N}", SourceKind.Adjustment, Guid.NewGuid(), 2, "补录线下活动积分", "Adjustment",
            world.Enterprise, world.Branch, DateTimeOffset.UtcNow.AddHours(-1), "test");
        var writer = platform.Services.GetRequiredService<LedgerWriter>();
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var held = Guid.NewGuid();
        await Grains.GetGrain<IWorkerPointsGrain>(held).AwardAsync(Request());

        // Another transaction holds the held worker's stream row: the ledger's next commit for that worker waits on it.
        await using var blocker = await platform.OpenAsync();
        await using var lockTx = await blocker.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand($"select 1 from {store.Options.Events.DatabaseSchemaName}.mt_streams where id = $1 for update", blocker, lockTx)
                     { Parameters = { new() { Value = LedgerStream.For(held) } } })
            await lockRow.ExecuteNonQueryAsync();
        var inFlight = Grains.GetGrain<IWorkerPointsGrain>(held).AwardAsync(Request());
        await UntilAsync(async () => await platform.ScalarAsync<long>(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'") > 0);

        var small = Enumerable.Range(0, 3).Select(_ => Grains.GetGrain<IWorkerPointsGrain>(Guid.NewGuid()).AwardAsync(Request())).ToList();
        await UntilAsync(() => Task.FromResult(writer.Waiting == 4));
        Assert.DoesNotContain(small, t => t.IsCompleted);

        await lockTx.CommitAsync();
        var first = await inFlight;
        var rest = await Task.WhenAll(small);
        var transactions = await platform.ScalarAsync<long>(
            $"select count(distinct xmin::text) from {new LedgerEntryTable(store.Options.DatabaseSchemaName).Qualified} where key = any($1)",
            (object)rest.Select(a => a.SourceKey).ToArray());
        Assert.Equal(1, transactions);
        Assert.False(first.IsRepeat);
    }

    /// <summary>Checks the condition until it holds, for at most 30 seconds.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come to hold within 30 s.");
            await Task.Delay(20);
        }
    }

    private IGrainFactory Grains => platform.Services.GetRequiredService<IGrainFactory>();

    private static object? Header(IEvent e, string name) =>
        e.Headers is { } headers && headers.TryGetValue(name, out var value) ? value?.ToString() : null;
}
