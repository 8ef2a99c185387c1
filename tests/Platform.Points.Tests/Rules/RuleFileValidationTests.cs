using Platform.Points.Contracts;
using Platform.Points.Rules;

namespace Platform.Points.Tests.Rules;

public sealed class RuleFileValidationTests
{
    private static void AssertErrors(string yaml, params (int Line, string Says)[] expected)
    {
        var result = RuleFileParser.Parse(yaml);
        Assert.Null(result.Rules);
        var shown = string.Join(Environment.NewLine, result.Errors);
        Assert.True(expected.Length == result.Errors.Count, $"Expected {expected.Length} errors, got:{Environment.NewLine}{shown}");
        foreach (var (line, says) in expected)
            Assert.True(result.Errors.Any(e => e.Line == line && e.Message.Contains(says, StringComparison.Ordinal)),
                $"No error at line {line} saying '{says}' in:{Environment.NewLine}{shown}");
    }

    [Fact]
    public void The_shipped_file_is_valid_and_has_a_rule_for_every_activity_type_grid_task_kind_and_report_category()
    {
        var rules = RuleFiles.Parse(RuleFiles.Shipped);

        Assert.Equal("2026.1", rules.Version);
        foreach (var (source, types) in RuleCatalog.Types)
            foreach (var type in types)
                Assert.Contains(rules.Rules, r => r.Source == source && r.Type == type);
    }

    [Fact]
    public void Unknown_keys_wrong_types_and_a_missing_version_are_all_reported_with_their_lines()
    {
        AssertErrors("""
            rules:
              - id: theme-day
                source: Activity
                type: ThemeDay
                points: ten
                pointz: 3
                cap: { count: 2, per: fortnight }
              - id: meeting
                source: Activity
                type: BranchMeeting
                points: [8]
                multipliers: 1.5
            """,
            (1, "no 'version'"), (5, "whole number"), (6, "unknown key 'pointz' (expected one of: id, description, source,"),
            (7, "'fortnight' is not one of: day, week, month"), (11, "whole number"), (12, "multipliers is a mapping (key: value)."));
    }

    [Fact]
    public void Duplicate_ids_unknown_sources_types_and_categories_are_errors_at_their_lines()
    {
        AssertErrors("""
            version: "2026.1"
            rules:
              - id: a
                source: Activity
                type: ThemeDay
                points: 10
              - id: a
                source: Activity
                type: Training
                points: 10
              - id: b
                source: Honour
                type: ThemeDay
                points: 10
              - id: c
                source: GridTask
                type: Sweeping
                points: 5
              - id: d
                source: Report
                category: Littering
                points: 5
            """,
            (7, "used twice (first at line 3)"), (12, "'Honour' is not one of"), (17, "'Sweeping' is not one of"), (21, "'Littering' is not one of"));
    }

    [Fact]
    public void Points_and_factors_out_of_range_and_flags_not_defined_are_errors()
    {
        AssertErrors("""
            version: "2026.1"
            flags:
              night: { from: "22:00", to: "6" }
            rules:
              - id: fire
                source: Report
                category: Fire
                points: 1001
                duplicatePoints: -1
                multipliers: { night: 1.5, holiday: 1.2, severeWeather: 7, duplicate: 2 }
              - id: patrol
                source: GridTask
                type: Patrol
                points: 0
            """,
            (3, "HH:mm"), (8, "between 1 and 1000"), (9, "between 0 and 1000"), (10, "needs flags.night"), (10, "needs flags.holiday"),
            (10, "between 1 and 5"), (10, "unknown key 'duplicate'"), (14, "between 1 and 1000"));
    }

    [Fact]
    public void Rules_for_one_source_and_type_at_overlapping_times_are_refused_and_apart_they_are_fine()
    {
        AssertErrors("""
            version: "2026.2"
            rules:
              - id: theme-day-h1
                source: Activity
                type: ThemeDay
                points: 10
                validFrom: 2026-01-01
                validTo: 2026-06-30
              - id: theme-day-from-june
                source: Activity
                type: ThemeDay
                points: 12
                validFrom: 2026-06-30
              - id: theme-day-always
                source: Activity
                type: ThemeDay
                points: 12
              - id: backwards
                source: Activity
                type: Training
                points: 12
                validFrom: 2026-06-30
                validTo: 2026-01-01
            """,
            (9, "overlaps rule 'theme-day-h1' (line 3)"), (14, "overlaps rule 'theme-day-h1' (line 3)"), (14, "overlaps rule 'theme-day-from-june' (line 9)"),
            (23, "validTo is on or after validFrom"));

        var apart = RuleFiles.Parse("""
            version: "2026.2"
            rules:
              - { id: h1, source: Activity, type: ThemeDay, points: 10, validTo: 2026-06-30 }
              - { id: h2, source: Activity, type: ThemeDay, points: 12, validFrom: 2026-07-01 }
              - { id: gt, source: GridTask, type: Patrol, points: 5 }
            """);
        Assert.Equal(3, apart.Rules.Count);
        Assert.Equal(SourceKind.GridTask, apart.Rules[2].Source);
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_one_error_at_its_line()
    {
        AssertErrors("""
            version: "2026.1"
            rules:
              - id: a
                points: [10
            """, (5, "not valid YAML"));
        AssertErrors("""
            version: "2026.1"
            rules: [a
            flags: {}
            """, (1, "not valid YAML: a [ or { is not closed"));
    }
}
