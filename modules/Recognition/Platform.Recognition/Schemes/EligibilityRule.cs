using Platform.Recognition.Contracts;
using Platform.Recognition.Schemes.Expressions;

namespace Platform.Recognition.Schemes;

/// <summary>One eligibility rule of a scheme: its text as written, the optional explanation, and the parsed condition.</summary>
internal sealed record EligibilityRule(string Text, string? Because, Condition Condition)
{
    /// <summary>Parses <paramref name="text"/>; <see cref="ExpressionException"/> when it cannot be read.</summary>
    public static EligibilityRule Parse(string text, string? because = null, SubjectKind? subject = null) =>
        new(text.Trim(), because, ExpressionParser.Parse(text, subject));

    public EligibilityCheck Check(SubjectFacts facts)
    {
        var verdict = ExpressionEvaluator.Evaluate(Condition, facts);
        var passed = verdict.Holds == true;
        var reason = passed || Because is null ? verdict.Reason : $"{verdict.Reason} ({Because})";
        return new EligibilityCheck(Text, passed, reason);
    }
}
