using System.Globalization;
using CsCheck;
using Microsoft.Extensions.Options;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Points.Rules.DryRun;

namespace Platform.Points.Tests.Rules;

/// <summary>The laws of the cap simulation the dry run uses, for any awards.</summary>
public sealed class CapSimulationProperties
{
    private static readonly Guid[] Workers = [Guid.NewGuid(), Guid.NewGuid()];
    private static readonly string[] Keys = ["grid-daily", "report-traffic", "activity-theme-day"];
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Gen<CapCandidate> Award =
        Gen.Select(Gen.Int[0, Workers.Length - 1], Gen.Int[0, Keys.Length - 1], Gen.Int[1, 3], Gen.Int[0, 2], Gen.Int[0, 60 * 24], Gen.Int[0, 12])
            .Select((worker, key, limit, period, hours, points) => new CapCandidate(
                Workers[worker], key == 0 && limit == 3 ? null : new AwardCap(Keys[key], limit, (CapPeriod)period), Start.AddHours(hours), points));

    private static string PeriodOf(CapPeriod period, DateTimeOffset at) => RuleFiles.Calendar.CapPeriodOf(period, at);

    [Fact]
    public void Never_more_than_the_limit_earn_per_worker_key_and_period_and_earning_awards_keep_their_points()
    {
        Award.Array[0, 80].Sample(awards =>
        {
            var points = CapSimulation.Apply(awards, PeriodOf);
            var earning = awards.Select((a, i) => (Award: a, Points: points[i])).ToList();
            var withinLimits = earning.Where(x => x.Award.Cap is not null && x.Points > 0)
                .GroupBy(x => (x.Award.WorkerId, x.Award.Cap!.Key, x.Award.Cap.Limit, Period: PeriodOf(x.Award.Cap.Period, x.Award.OccurredAt)))
                .All(g => g.Count() <= g.Key.Limit);
            return withinLimits && earning.All(x => x.Points == 0 || x.Points == x.Award.Points) && earning.Where(x => x.Award.Cap is null).All(x => x.Points == x.Award.Points);
        });
    }

    [Fact]
    public void What_one_key_earns_does_not_depend_on_how_other_keys_awards_are_interleaved()
    {
        Gen.Select(Award.Array[0, 60], Gen.Int).Sample((awards, seed) =>
        {
            bool Mine(CapCandidate a) => a.WorkerId == Workers[0] && a.Cap?.Key == Keys[1];
            var mine = awards.Where(Mine).ToList();
            var others = awards.Where(a => !Mine(a)).ToList();
            // The same awards of the key in the same order, the others shuffled in between.
            var random = new Random(seed);
            var shuffled = others.OrderBy(_ => random.Next()).ToList();
            var mixed = new List<CapCandidate>();
            int m = 0, o = 0;
            while (m < mine.Count || o < shuffled.Count)
                mixed.Add(o == shuffled.Count || (m < mine.Count && random.Next(2) == 0) ? mine[m++] : shuffled[o++]);

            var alone = CapSimulation.Apply(mine, PeriodOf);
            var interleaved = CapSimulation.Apply(mixed, PeriodOf);
            return alone.SequenceEqual(mixed.Select((a, i) => (a, i)).Where(x => Mine(x.a)).Select(x => interleaved[x.i]));
        });
    }

    [Fact]
    public void Week_keys_are_always_a_monday_within_the_week_of_the_day_in_any_time_zone()
    {
        string[] zones = ["Asia/Shanghai", "UTC", "America/Los_Angeles", "Pacific/Kiritimati"];
        Gen.Select(Gen.Long[0, 4_000_000_000L], Gen.Int[0, zones.Length - 1]).Sample((seconds, zone) =>
        {
            var calendar = new ProgrammeCalendar(Options.Create(new PointsOptions { TimeZone = zones[zone] }), TimeProvider.System);
            var moment = DateTimeOffset.FromUnixTimeSeconds(seconds);
            var key = calendar.CapPeriodOf(CapPeriod.Week, moment);
            var monday = DateOnly.ParseExact(key[..^2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var day = DateOnly.FromDateTime(calendar.LocalOf(moment));
            return key.EndsWith("/W", StringComparison.Ordinal) && monday.DayOfWeek == DayOfWeek.Monday
                && monday <= day && day.DayNumber - monday.DayNumber < 7;
        });
    }
}
