using Platform.Access.Contracts;
using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes.Files;

namespace Platform.Recognition.Tests.Schemes;

public sealed class SchemeFileValidationTests
{
    private const string File = "/schemes/Test.yaml";

    // Each test changes one or two lines of this valid file; line numbers below refer to it.
    internal const string Valid = """
        id: Test
        version: "1"
        name: { zh: 测试, en: Test }
        subject: worker
        period: year
        eligibility:
          - points >= 300
        nominate:
          roles: [Secretary]
        review:
          committee: city-honours
          mode: vote
          minReviewers: 1
          quorum: 0.5
          passThreshold: 0.5
        noticeDays: 7
        """;

    private static string With(string from, string to)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        return Valid.Replace(from, to, StringComparison.Ordinal);
    }

    private static void AssertErrors(string yaml, params (int Line, int Column, string Says)[] expected) =>
        AssertErrors(yaml, new HashSet<string>(), expected);

    private static void AssertErrors(string yaml, IReadOnlySet<string> policies, params (int Line, int Column, string Says)[] expected)
    {
        var result = SchemeFileParser.Parse(File, yaml, policies);
        Assert.Null(result.Scheme);
        var shown = string.Join(Environment.NewLine, result.Errors);
        Assert.True(expected.Length == result.Errors.Count, $"Expected {expected.Length} errors, got:{Environment.NewLine}{shown}");
        foreach (var (line, column, says) in expected)
            Assert.True(result.Errors.Any(e => e.ToString().StartsWith($"{File}:{line}:{column}: ", StringComparison.Ordinal) && e.Message.Contains(says, StringComparison.Ordinal)),
                $"No error at {File}:{line}:{column} saying '{says}' in:{Environment.NewLine}{shown}");
    }

    [Fact]
    public void The_base_file_of_these_tests_is_valid()
    {
        var result = SchemeFileParser.Parse(File, Valid, new HashSet<string>());

        Assert.Empty(result.Errors);
        Assert.Equal("Test", result.Scheme!.Id);
        Assert.Equal([Role.Secretary], result.Scheme.Nomination.Roles);
        IReadOnlyList<RubricCriterion> none = [];
        Assert.Equal(new ReviewPolicy("city-honours", ReviewMode.Vote, none, 1, 0.5, 0.5), result.Scheme.Review with { Rubric = none });
    }

    [Fact]
    public void Yaml_that_does_not_parse_is_reported_where_it_breaks()
    {
        AssertErrors(With("period: year", "period: year: now"), (5, 13, "not valid YAML"));
        AssertErrors(With("period: year", "period: [year"), (1, 1, "not valid YAML: a [ or { is not closed"));
    }

    [Fact]
    public void Unknown_keys_and_missing_fields_are_errors() =>
        AssertErrors(With("noticeDays: 7", "noticeDayz: 7"), (1, 1, "has no 'noticeDays'"), (16, 1, "unknown key 'noticeDayz' (expected one of: id, version, name,"));

    [Fact]
    public void Wrongly_typed_fields_are_errors_at_the_value() =>
        AssertErrors(With("noticeDays: 7", "noticeDays: seven").Replace("roles: [Secretary]", "roles: Secretary", StringComparison.Ordinal),
            (9, 10, "nominate.roles is a list ('- ' items or [a, b])."), (16, 13, "whole number"));

    [Fact]
    public void Unknown_enum_values_are_errors_listing_the_known_ones() =>
        AssertErrors(With("subject: worker", "subject: rider").Replace("mode: vote", "mode: show", StringComparison.Ordinal)
                .Replace("[Secretary]", "[Secretary, Mayor]", StringComparison.Ordinal),
            (4, 10, "subject 'rider' is not one of: worker, branch, enterprise, warmStation"),
            (9, 22, "'Mayor' is not one of"), (12, 9, "'show' is not one of: vote, score, scoreAndVote"));

    [Fact]
    public void Expression_errors_point_at_the_column_inside_the_rule()
    {
        AssertErrors(With("  - points >= 300", "  - points >= 300 and"), (7, 22, "column 18: expected a fact"));
        AssertErrors(With("  - points >= 300", "  - \"pointz >= 3\""), (7, 6, "unknown fact 'pointz'"));
        AssertErrors(With("  - points >= 300", "  - rule: sanctions = 0\n    because: 无违规"), (7, 21, "write '=='"));
    }

    [Fact]
    public void A_fact_the_subject_does_not_have_is_an_error() =>
        AssertErrors(With("subject: worker", "subject: branch").Replace("points >= 300", "memberStatus == 'Member'", StringComparison.Ordinal),
            (7, 5, "workers only"));

    [Fact]
    public void A_score_review_needs_a_rubric_with_positive_weights_and_a_vote_review_has_none()
    {
        AssertErrors(With("mode: vote", "mode: score"), (12, 9, "give review.rubric at least one criterion"));
        AssertErrors(With("mode: vote", "mode: scoreAndVote\n  rubric:\n    - { id: service, name: { zh: 服务, en: Service }, weight: 0, max: 10 }"),
            (14, 61, "criterion weight is more than 0"));
        AssertErrors(With("mode: vote", "mode: vote\n  rubric:\n    - { id: service, name: { zh: 服务, en: Service }, weight: 1, max: 10 }"),
            (14, 5, "review.mode vote has no rubric"));
    }

    [Fact]
    public void Quorum_and_pass_threshold_lie_in_0_to_1_and_at_least_one_reviewer_reviews() =>
        AssertErrors(With("quorum: 0.5", "quorum: 1.5").Replace("passThreshold: 0.5", "passThreshold: -0.1", StringComparison.Ordinal)
                .Replace("minReviewers: 1", "minReviewers: 0", StringComparison.Ordinal),
            (13, 17, "review.minReviewers is between 1 and 50, not 0"), (14, 11, "review.quorum is between 0 and 1, not 1.5"),
            (15, 18, "review.passThreshold is between 0 and 1, not -0.1"));

    [Fact]
    public void Notice_lasts_1_to_60_days() =>
        AssertErrors(With("noticeDays: 7", "noticeDays: 61"), (16, 13, "between 1 and 60, not 61"));

    [Fact]
    public void Bonus_points_are_for_worker_schemes_only() =>
        AssertErrors(With("subject: worker", "subject: enterprise") + "\nrewards:\n  - { kind: bonusPoints, amount: 100 }\n  - { kind: title }",
            (18, 13, "bonusPoints go to a worker's ledger"));

    [Fact]
    public void A_reward_policy_must_be_registered()
    {
        var yaml = Valid + "\nrewardPolicy: moreForReports";

        AssertErrors(yaml, new HashSet<string> { "other" }, (17, 15, "rewardPolicy 'moreForReports' is not registered (registered: other)"));
        Assert.Equal("moreForReports", SchemeFileParser.Parse(File, yaml, new HashSet<string> { "moreForReports" }).Scheme!.RewardPolicyId);
    }

    [Fact]
    public void The_file_name_is_the_scheme_id() =>
        AssertErrors(With("id: Test", "id: Other"), (1, 5, "name the file Other.yaml"));

    [Fact]
    public void Rewards_quotas_and_nomination_are_checked_too() =>
        AssertErrors(Valid + """

            quotas:
              - { per: district, limit: 0 }
              - { per: galaxy, limit: 3 }
            rewards:
              - { kind: title, amount: 5 }
              - { kind: cash }
            """,
            (18, 29, "quota limit is between 1 and 1000"), (19, 12, "'galaxy' is not one of"),
            (21, 28, "a title reward has no amount"), (22, 5, "a cash reward has an amount"));
}
