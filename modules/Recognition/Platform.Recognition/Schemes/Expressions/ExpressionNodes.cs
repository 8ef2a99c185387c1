namespace Platform.Recognition.Schemes.Expressions;

/// <summary>
/// A parsed rule in negation normal form: <c>not</c> is pushed down into the comparisons while
/// parsing (not points &gt;= 300 is points &lt; 300), so every reason speaks of plain comparisons.
/// </summary>
internal abstract record Condition;

internal sealed record AllOf(IReadOnlyList<Condition> Parts) : Condition;

internal sealed record AnyOf(IReadOnlyList<Condition> Parts) : Condition;

internal sealed record Comparison(Operand Left, CompareOp Op, Operand Right) : Condition;

internal enum CompareOp
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal abstract record Operand(FactType Type);

internal sealed record FactOperand(Fact Fact) : Operand(Fact.Type);

internal sealed record NumberOperand(long Value) : Operand(FactType.Number);

internal sealed record TextOperand(string Value) : Operand(FactType.Text);

internal static class CompareOps
{
    public static CompareOp Negate(CompareOp op) => op switch
    {
        CompareOp.Equal => CompareOp.NotEqual,
        CompareOp.NotEqual => CompareOp.Equal,
        CompareOp.Less => CompareOp.GreaterOrEqual,
        CompareOp.LessOrEqual => CompareOp.Greater,
        CompareOp.Greater => CompareOp.LessOrEqual,
        _ => CompareOp.Less,
    };

    /// <summary>The same comparison read from the other side: 300 &lt;= points is points &gt;= 300.</summary>
    public static CompareOp Mirror(CompareOp op) => op switch
    {
        CompareOp.Less => CompareOp.Greater,
        CompareOp.LessOrEqual => CompareOp.GreaterOrEqual,
        CompareOp.Greater => CompareOp.Less,
        CompareOp.GreaterOrEqual => CompareOp.LessOrEqual,
        _ => op,
    };

    public static string Symbol(CompareOp op) => op switch
    {
        CompareOp.Equal => "==",
        CompareOp.NotEqual => "!=",
        CompareOp.Less => "<",
        CompareOp.LessOrEqual => "≤",
        CompareOp.Greater => ">",
        _ => "≥",
    };
}
