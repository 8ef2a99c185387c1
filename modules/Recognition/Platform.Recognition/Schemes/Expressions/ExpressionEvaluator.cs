using System.Globalization;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Schemes.Expressions;

/// <summary>
/// Whether a condition holds, with the reason in words a committee reads. Holds is null when a fact
/// the condition needs is not known (a worker's member status, which the registry does not keep
/// yet): unknown never passes, and <c>not</c> cannot turn it into a pass.
/// </summary>
internal sealed record Verdict(bool? Holds, string Reason);

internal static class ExpressionEvaluator
{
    public static Verdict Evaluate(Condition condition, SubjectFacts facts) => condition switch
    {
        Comparison c => Compare(c, facts),
        AllOf all => All(all.Parts.Select(p => (p, Evaluate(p, facts))).ToList()),
        AnyOf any => Any(any.Parts.Select(p => (p, Evaluate(p, facts))).ToList()),
        _ => throw new InvalidOperationException($"Unknown condition {condition.GetType().Name}."),
    };

    private static Verdict All(List<(Condition Part, Verdict Verdict)> parts)
    {
        if (parts.All(p => p.Verdict.Holds == true)) return new Verdict(true, Join(parts));
        var failed = parts.Where(p => p.Verdict.Holds == false).ToList();
        return failed.Count > 0 ? new Verdict(false, Join(failed)) : new Verdict(null, Join([.. parts.Where(p => p.Verdict.Holds is null)]));
    }

    private static Verdict Any(List<(Condition Part, Verdict Verdict)> parts)
    {
        if (parts.FirstOrDefault(p => p.Verdict.Holds == true) is { Verdict: { } passed } first) return new Verdict(true, Nested(first.Part, passed));
        var holds = parts.Any(p => p.Verdict.Holds is null) ? (bool?)null : false;
        return new Verdict(holds, $"none holds: {Join(parts)}");
    }

    private static string Join(List<(Condition Part, Verdict Verdict)> parts) => string.Join("; ", parts.Select(p => Nested(p.Part, p.Verdict)));

    private static string Nested(Condition part, Verdict verdict) => part is Comparison ? verdict.Reason : $"({verdict.Reason})";

    private static Verdict Compare(Comparison comparison, SubjectFacts facts)
    {
        var (left, op, right) = comparison.Left is FactOperand
            ? (comparison.Left, comparison.Op, comparison.Right)
            : (comparison.Right, CompareOps.Mirror(comparison.Op), comparison.Left);
        var fact = ((FactOperand)left).Fact;
        var value = fact.Read(facts);
        var other = right is FactOperand r ? r.Fact.Read(facts) : Constant(right);
        if (value is null || other is null)
        {
            var unknown = value is null ? fact : ((FactOperand)right).Fact;
            return new Verdict(null, $"{unknown.Name} is {unknown.WhenUnknown}");
        }

        var holds = Holds(value, op, other);
        var symbol = CompareOps.Symbol(op);
        if (right is FactOperand otherFact)
        {
            var both = $"{fact.Name} {Show(value)}, {otherFact.Fact.Name} {Show(other)}";
            return new Verdict(holds, holds ? $"{fact.Name} {Show(value)} {symbol} {otherFact.Fact.Name} {Show(other)}" : $"{both}: {fact.Name} {symbol} {otherFact.Fact.Name} required");
        }
        var (has, wanted) = ($"{fact.Name} {Show(value)}", Show(other));
        var reason = (op, holds) switch
        {
            (CompareOp.Equal or CompareOp.NotEqual, true) => has,
            (CompareOp.Equal, false) => $"{has}: must be {wanted}",
            (CompareOp.NotEqual, false) => $"{has}: must not be {wanted}",
            (CompareOp.GreaterOrEqual, false) => $"{has} < {wanted} required",
            (CompareOp.Greater, false) => $"{has}: more than {wanted} required",
            (CompareOp.LessOrEqual, false) => $"{has}: at most {wanted} allowed",
            (CompareOp.Less, false) => $"{has}: less than {wanted} required",
            _ => $"{has} {symbol} {wanted}",
        };
        return new Verdict(holds, reason);
    }

    private static bool Holds(object value, CompareOp op, object other)
    {
        var order = value is long a && other is long b ? a.CompareTo(b) : string.CompareOrdinal((string)value, (string)other);
        return op switch
        {
            CompareOp.Equal => order == 0,
            CompareOp.NotEqual => order != 0,
            CompareOp.Less => order < 0,
            CompareOp.LessOrEqual => order <= 0,
            CompareOp.Greater => order > 0,
            _ => order >= 0,
        };
    }

    private static object Constant(Operand operand) => operand switch
    {
        NumberOperand n => n.Value,
        TextOperand t => t.Value,
        _ => throw new InvalidOperationException("Not a constant."),
    };

    private static string Show(object value) => value switch
    {
        long n => n.ToString(CultureInfo.InvariantCulture),
        _ => $"\"{value}\"",
    };
}
