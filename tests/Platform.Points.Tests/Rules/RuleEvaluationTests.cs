using Platform.Points.Contracts;
using static Platform.Points.Contracts.SourceKind;

namespace Platform.Points.Tests.Rules;

public sealed class RuleEvaluationTests
{
    // Programme time is Asia/Shanghai (UTC+8): 22:00 there is 14:00 UTC, 06:00 there is 22:00 UTC.
    private static readonly Platform.Points.Rules.RuleSet Rules = RuleFiles.Parse("""
        version: "test.7"
        flags:
          night: { from: "22:00", to: "06:00" }
          holiday: [2026-10-01, 2026-10-02]
        rules:
          - { id: theme-day, source: Activity, type: ThemeDay, points: 10, cap: { count: 2, per: month } }
          - { id: fire, source: Report, category: Fire, points: 30, duplicatePoints: 5, multipliers: { night: 1.5, holiday: 1.2, severeWeather: 1.5 } }
          - { id: traffic, source: Report, category: Traffic, points: 3, multipliers: { night: 1.5 }, cap: { count: 5, per: day, group: street } }
          - { id: patrol-old, source: GridTask, type: Patrol, points: 5, validFrom: 2026-01-01, validTo: 2026-06-30 }
          - { id: patrol-new, source: GridTask, type: Patrol, points: 7, validFrom: 2026-07-01, validTo: 2026-12-31 }
        """);

    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_base_points_come_with_the_rule_its_version_and_its_cap()
    {
        var outcome = Rules.Evaluate(Activity, "ThemeDay", Noon);

        Assert.Equal(10, outcome.Points);
        Assert.Equal(new AppliedRule("theme-day", "test.7"), outcome.Rule);
        Assert.Equal(new AwardCap("theme-day", 2, CapPeriod.Month), outcome.Cap);
        Assert.Empty(outcome.Flags);
        Assert.Contains("'theme-day'", outcome.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Multipliers_for_the_facts_that_held_are_multiplied_together_and_rounded_half_up()
    {
        var nightOnHoliday = new DateTimeOffset(2026, 9, 30, 16, 30, 0, TimeSpan.Zero); // 00:30 on 1 October, programme time

        var fire = Rules.Evaluate(Report, "Fire", nightOnHoliday, PointFlags.SevereWeather);
        Assert.Equal(81, fire.Points); // 30 × 1.5 × 1.2 × 1.5
        Assert.Equal([PointFlags.Night, PointFlags.Holiday, PointFlags.SevereWeather], fire.Flags);

        var traffic = Rules.Evaluate(Report, "Traffic", nightOnHoliday);
        Assert.Equal(5, traffic.Points); // 3 × 1.5 = 4.5, half up (banker's rounding would give 4)
        Assert.Equal([PointFlags.Night, PointFlags.Holiday], traffic.Flags); // every fact that held, also one this rule ignores
        Assert.Equal(new AwardCap("street", 5, CapPeriod.Day), traffic.Cap);
    }

    [Theory]
    [InlineData("2026-03-10T13:59:59Z", false)] // 21:59:59 programme time
    [InlineData("2026-03-10T14:00:00Z", true)]  // 22:00
    [InlineData("2026-03-10T21:59:59Z", true)]  // 05:59:59 the next morning
    [InlineData("2026-03-10T22:00:00Z", false)] // 06:00
    public void Night_begins_and_ends_on_the_programme_clock(string at, bool night)
    {
        var outcome = Rules.Evaluate(Report, "Fire", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(night ? 45 : 30, outcome.Points);
        Assert.Equal(night, outcome.Flags.Contains(PointFlags.Night));
    }

    [Fact]
    public void A_holiday_is_a_programme_date()
    {
        var lastHour = new DateTimeOffset(2026, 10, 2, 15, 30, 0, TimeSpan.Zero); // 23:30 on 2 October: holiday and night
        var after = new DateTimeOffset(2026, 10, 2, 16, 30, 0, TimeSpan.Zero);    // 00:30 on 3 October: night only

        Assert.Equal(54, Rules.Evaluate(Report, "Fire", lastHour).Points);
        Assert.Equal(45, Rules.Evaluate(Report, "Fire", after).Points);
        Assert.DoesNotContain(PointFlags.Holiday, Rules.Evaluate(Report, "Fire", after).Flags);
    }

    [Fact]
    public void The_window_that_holds_the_day_decides_and_outside_every_window_nothing_is_earned()
    {
        Assert.Equal(5, Rules.Evaluate(GridTask, "Patrol", new DateTimeOffset(2026, 6, 30, 15, 59, 0, TimeSpan.Zero)).Points); // 23:59 on 30 June
        var july = Rules.Evaluate(GridTask, "Patrol", new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero)); // 00:00 on 1 July
        Assert.Equal(("patrol-new", 7), (july.Rule.RuleId, july.Points));

        var before = Rules.Evaluate(GridTask, "Patrol", new DateTimeOffset(2025, 12, 31, 4, 0, 0, TimeSpan.Zero));
        Assert.False(before.Earns);
        Assert.Equal(RuleOutcome.NoRuleId, before.Rule.RuleId);
        Assert.Contains("outside every rule's window", before.Explanation, StringComparison.Ordinal);

        var unknown = Rules.Evaluate(GridTask, "HazardCheck", Noon);
        Assert.False(unknown.Earns);
        Assert.Contains("No rule", unknown.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_report_earns_the_duplicate_points_with_the_multipliers()
    {
        var night = new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(5, Rules.Evaluate(Report, "Fire", Noon, PointFlags.Duplicate).Points);
        var duplicateAtNight = Rules.Evaluate(Report, "Fire", night, PointFlags.Duplicate);
        Assert.Equal(8, duplicateAtNight.Points); // 5 × 1.5 = 7.5, rounded half up
        Assert.Equal([PointFlags.Night, PointFlags.Duplicate], duplicateAtNight.Flags);
        Assert.Equal(3, Rules.Evaluate(Report, "Traffic", Noon, PointFlags.Duplicate).Points); // no duplicatePoints: the base
    }
}
