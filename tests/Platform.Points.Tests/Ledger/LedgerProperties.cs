using System.Globalization;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Testing;

namespace Platform.Points.Tests.Ledger;

/// <summary>Properties of the ledger over generated histories, through the real grains and store.</summary>
public sealed class LedgerProperties(TestPlatform platform) : IClassFixture<TestPlatform>
{
    /// <summary>Attempts: which source (0–7), sent alone or in a group, in any order, concurrently.</summary>
    private static readonly Gen<(int Key, int Group)[]> Attempts = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 3]).Array[1, 40];

    [Fact]
    public async Task However_often_and_however_grouped_a_source_is_sent_it_counts_once()
    {
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        await Attempts.SampleAsync(async attempts =>
        {
            var worker = Guid.NewGuid();
            var grain = grains.GetGrain<IWorkerPointsGrain>(worker);
            var calls = attempts.GroupBy(a => a.Group).Select(g => g.Select(a => Request(worker, a.Key)).ToList())
                .Select(requests => requests.Count == 1 ? grain.AwardAsync(requests[0]).ContinueWith(t => (IReadOnlyList<Award>)[t.Result]) : grain.AwardManyAsync(requests));
            var answers = (await Task.WhenAll(calls)).SelectMany(a => a).ToList();

            var keys = attempts.Select(a => a.Key).Distinct().ToList();
            var account = await platform.BalanceOfAsync(worker);
            var firsts = answers.Where(a => !a.IsRepeat).Select(a => a.SourceKey).ToList();
            return account.Entries == keys.Count
                && account.Balance == keys.Sum(PointsOf)
                && account.ByCategory.Values.Sum() == account.Balance && account.ByMonth.Values.Sum() == account.Balance
                && firsts.Count == keys.Count && firsts.Distinct().Count() == keys.Count
                && answers.GroupBy(a => a.SourceKey).All(g => g.Select(a => a with { IsRepeat = false }).Distinct().Count() == 1);
        }, iter: 25, threads: 1);
    }

    [Fact]
    public void A_moment_falls_in_the_programme_month_of_its_Shanghai_wall_clock()
    {
        var calendar = new ProgrammeCalendar(Options.Create(new PointsOptions()), TimeProvider.System);
        Gen.Long[0, 4_102_444_800L].Sample(seconds =>
        {
            var moment = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return calendar.MonthOf(moment) == moment.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        });
    }

    private static int PointsOf(int key) => key + 1;

    /// <summary>A retry sends the same request: what differs between sources is only their key and points.</summary>
    private static AwardRequest Request(Guid worker, int key) => new(
        $"property:{worker:N}:{key}", SourceKind.Adjustment, Guid.NewGuid(), PointsOf(key), "属性测试", "Adjustment", null, Guid.NewGuid(),
        new DateTimeOffset(2026, 11, 27, 4, 0, 0, TimeSpan.Zero), "test");
}
