using CsCheck;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Testing;

namespace Platform.Points.Tests.Ledger;

/// <summary>
/// The balances' statement adds each batch to what is stored, per worker, month and category: by
/// insert for a row not there yet, by its conflict clause for one that is.
/// </summary>
public sealed class BalanceDeltasTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    private static readonly string[] Categories = ["Training", "培训课程", "Report \"quoted\""];
    private static readonly string[] Months = ["2026-10", "2026-11", "2027-01"];

    /// <summary>Batches of entries: which worker (0–2), category, month and points (reversals are negative).</summary>
    private static readonly Gen<(int Worker, int Category, int Month, int Points)[][]> Batches =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[-5, 20]).Array[1, 6].Array[1, 4];

    [Fact]
    public async Task Every_batch_is_added_to_each_workers_balance_by_category_and_by_month()
    {
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var deltas = new BalanceDeltas(new BalanceTable(store.Options.DatabaseSchemaName).Qualified);
        await Batches.SampleAsync(async batches =>
        {
            var workers = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
            foreach (var batch in batches)
            {
                await using var session = store.LightweightSession();
                deltas.Queue(session, batch.Select(e => Entry(workers[e.Worker], Categories[e.Category], Months[e.Month], e.Points)).ToList());
                await session.SaveChangesAsync();
            }

            var entries = batches.SelectMany(b => b).ToList();
            for (var w = 0; w < workers.Length; w++)
            {
                var mine = entries.Where(e => e.Worker == w).ToList();
                var balance = await platform.BalanceOfAsync(workers[w]);
                Assert.Equal(workers[w], balance.WorkerId);
                Assert.Equal(mine.Count, balance.Entries);
                Assert.Equal(mine.Sum(e => e.Points), balance.Balance);
                Assert.Equal(Sums(mine, e => Categories[e.Category]), balance.ByCategory);
                Assert.Equal(Sums(mine, e => Months[e.Month]), balance.ByMonth);
            }
        }, iter: 20, threads: 1);
    }

    private static Dictionary<string, int> Sums(
        IEnumerable<(int Worker, int Category, int Month, int Points)> entries, Func<(int Worker, int Category, int Month, int Points), string> key) =>
        entries.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(e => e.Points));

    private static LedgerEntry Entry(Guid worker, string category, string month, int points) => new(
        $"deltas:{Guid.NewGuid():N}", worker, SourceKind.Adjustment, Guid.NewGuid(), points, "测试", category,
        null, Guid.NewGuid(), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, month);
}
