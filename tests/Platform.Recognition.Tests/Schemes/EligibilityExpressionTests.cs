using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes;
using Platform.Recognition.Schemes.Expressions;

namespace Platform.Recognition.Tests.Schemes;

public sealed class EligibilityExpressionTests
{
    private static EligibilityCheck Check(string rule, SubjectFacts facts, string? because = null) => EligibilityRule.Parse(rule, because).Check(facts);

    [Fact]
    public void And_binds_tighter_than_or_and_parentheses_regroup()
    {
        var facts = Facts.Worker(points: 350, sanctions: 1);

        Assert.True(Check("points >= 300 or points >= 100 and sanctions == 0", facts).Passed);
        Assert.False(Check("(points >= 300 or points >= 100) and sanctions == 0", facts).Passed);
    }

    [Fact]
    public void Not_binds_tighter_than_and_and_is_said_as_the_opposite_comparison()
    {
        var facts = Facts.Worker(points: 50, sanctions: 1);

        var check = Check("not sanctions > 0 and points >= 10", facts);

        Assert.False(check.Passed);
        Assert.Equal("sanctions 1: at most 0 allowed", check.Reason);
        Assert.True(Check("not (sanctions == 0 or points >= 100)", facts).Passed);
        Assert.True(Check("not not points == 50", facts).Passed);
    }

    [Fact]
    public void Reasons_state_the_values_used_in_words_a_committee_reads()
    {
        var facts = Facts.Worker(points: 120, sanctions: 1, report: 10);

        Assert.Equal("points 120 < 300 required", Check("points >= 300", facts).Reason);
        Assert.Equal("sanctions 1: must be 0", Check("sanctions == 0", facts).Reason);
        Assert.Equal("points 120 ≥ 100", Check("points >= 100", facts).Reason);
        Assert.Equal("points 120: more than 120 required", Check("points > 120", facts).Reason);
        Assert.Equal("sanctions 1: less than 1 required", Check("sanctions < 1", facts).Reason);
        Assert.Equal("points 120 < 300 required", Check("300 <= points", facts).Reason);
        Assert.Equal("points.Report 10, points.GridTask 0: points.Report < points.GridTask required",
            Check("points.Report < points.GridTask", facts).Reason);
    }

    [Fact]
    public void A_failed_or_names_every_alternative_and_a_failed_and_only_what_failed()
    {
        var facts = Facts.Worker(points: 400, report: 10, sanctions: 2);

        var either = Check("points.Report >= 50 or points.GridTask >= 100", facts);
        var both = Check("points >= 300 and sanctions == 0 and tenureMonths >= 6", facts);

        Assert.False(either.Passed);
        Assert.Equal("none holds: points.Report 10 < 50 required; points.GridTask 0 < 100 required", either.Reason);
        Assert.False(both.Passed);
        Assert.Equal("sanctions 2: must be 0", both.Reason);
        Assert.Equal("points 400 ≥ 300; tenureMonths 12 ≥ 6", Check("points >= 300 and tenureMonths >= 6", facts).Reason);
    }

    [Fact]
    public void Points_of_a_source_sum_its_ledger_categories_and_a_category_can_be_named_alone()
    {
        var facts = Facts.Worker(points: 90) with
        {
            PointsByCategory = new Dictionary<string, int> { ["ThemeDay"] = 20, ["Training"] = 30, ["Fire"] = 30, ["Patrol"] = 10 },
        };

        Assert.Equal("points.Activity 50 ≥ 50", Check("points.Activity >= 50", facts).Reason);
        Assert.Equal("points.Report 30 < 40 required", Check("points.Report >= 40", facts).Reason);
        Assert.Equal("points.Fire 30", Check("points.Fire == 30", facts).Reason);
        Assert.Equal("points.Drugs 0 < 1 required", Check("points.Drugs >= 1", facts).Reason);
    }

    [Fact]
    public void A_failed_rule_adds_its_because_to_the_reason()
    {
        var check = Check("sanctions == 0", Facts.Worker(sanctions: 1), because: "年内无违规处罚");

        Assert.Equal("sanctions 1: must be 0 (年内无违规处罚)", check.Reason);
        Assert.Equal("sanctions == 0", check.Rule);
    }

    [Fact]
    public void A_rule_on_member_status_fails_with_a_clear_reason_while_the_registry_has_none()
    {
        var unknown = Facts.Worker();

        var check = Check("memberStatus == \"Member\"", unknown);

        Assert.False(check.Passed);
        Assert.Equal("memberStatus is not known: the registry keeps no member status for this worker yet", check.Reason);
        Assert.False(Check("not memberStatus == 'Applicant'", unknown).Passed);
        Assert.False(Check("memberStatus == 'Member' or points >= 10", unknown).Passed);
        Assert.True(Check("memberStatus == 'Member' or points >= 0", unknown).Passed);
        Assert.True(Check("memberStatus == 'Member'", Facts.Worker(memberStatus: "Member")).Passed);
        Assert.Equal("memberStatus \"Applicant\": must be \"Member\"", Check("memberStatus == 'Member'", Facts.Worker(memberStatus: "Applicant")).Reason);
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("points >= ", 11, "ends there")]
    [InlineData("points >= 300 and", 18, "ends there")]
    [InlineData("points => 300", 8, "write '=='")]
    [InlineData("pointz >= 3", 1, "unknown fact 'pointz'")]
    [InlineData("points.Honour >= 3", 1, "unknown fact 'points.Honour'")]
    [InlineData("(points >= 3", 13, "expected ')' to close the '(' at column 1")]
    [InlineData("points >= 3 sanctions == 0", 13, "unexpected 'sanctions'")]
    [InlineData("points sanctions", 8, "expected a comparison")]
    [InlineData("memberStatus >= \"a\"", 14, "texts compare only with == or !=")]
    [InlineData("memberStatus == 3", 14, "cannot be compared with the number 3")]
    [InlineData("3 >= 2", 3, "two constants")]
    [InlineData("points >= 300 && sanctions == 0", 15, "write 'and'")]
    [InlineData("memberStatus == \"Member", 17, "no closing")]
    [InlineData("points >= 99999999999", 11, "too large")]
    [InlineData("points ~ 3", 8, "'~' is not part of a rule")]
    public void A_rule_that_cannot_be_read_says_why_at_its_column(string rule, int column, string says)
    {
        var error = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(rule));

        Assert.Equal(column, error.Column);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Member_status_is_a_fact_of_workers_only()
    {
        var error = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse("points >= 1 and memberStatus == 'Member'", SubjectKind.Branch));

        Assert.Equal(17, error.Column);
        Assert.Contains("workers only", error.Message, StringComparison.Ordinal);
    }
}
