using Platform.Recognition.Contracts;

namespace Platform.Recognition.Schemes.Expressions;

/// <summary>
/// Reads an eligibility rule. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>, a comparison;
/// parentheses group. Facts are checked by name and type while parsing, so a rule that parses can
/// always be evaluated. Throws <see cref="ExpressionException"/> at the column of the first mistake.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly List<Token> _tokens;
    private readonly SubjectKind? _subject;
    private int _next;

    private ExpressionParser(string text, SubjectKind? subject)
    {
        _tokens = ExpressionLexer.Tokens(text);
        _subject = subject;
    }

    /// <summary>The rule as a condition; <paramref name="subject"/>, when given, refuses facts such subjects do not have.</summary>
    public static Condition Parse(string text, SubjectKind? subject = null)
    {
        var parser = new ExpressionParser(text, subject);
        if (parser.Peek.Kind == TokenKind.End) throw new ExpressionException(1, "the rule is empty.");
        var condition = parser.Any(negated: false);
        if (parser.Peek is { Kind: not TokenKind.End } extra)
            throw new ExpressionException(extra.Column, $"unexpected '{extra.Text}' after a complete rule (join conditions with 'and' or 'or').");
        return condition;
    }

    private Token Peek => _tokens[_next];

    private Token Take() => _tokens[_next++];

    // Under "not", De Morgan: not (a or b) is (not a) and (not b).
    private Condition Any(bool negated)
    {
        var parts = new List<Condition> { All(negated) };
        while (Peek.Kind == TokenKind.Or)
        {
            Take();
            parts.Add(All(negated));
        }
        return Join(parts, all: negated);
    }

    private Condition All(bool negated)
    {
        var parts = new List<Condition> { Unary(negated) };
        while (Peek.Kind == TokenKind.And)
        {
            Take();
            parts.Add(Unary(negated));
        }
        return Join(parts, all: !negated);
    }

    private Condition Unary(bool negated)
    {
        if (Peek.Kind != TokenKind.Not) return Primary(negated);
        Take();
        return Unary(!negated);
    }

    private Condition Primary(bool negated)
    {
        if (Peek.Kind == TokenKind.Open)
        {
            var open = Take();
            var inner = Any(negated);
            if (Peek.Kind != TokenKind.Close)
                throw new ExpressionException(Peek.Column, $"expected ')' to close the '(' at column {open.Column}{Found(Peek)}.");
            Take();
            return inner;
        }
        var left = Operand();
        if (Peek.Kind != TokenKind.Compare)
            throw new ExpressionException(Peek.Column, $"expected a comparison (>=, <=, >, <, ==, !=) after '{_tokens[_next - 1].Text}'{Found(Peek)}.");
        var op = Take();
        var right = Operand();
        Check(left, op, right);
        return new Comparison(left, negated ? CompareOps.Negate(op.Op) : op.Op, right);
    }

    private Operand Operand()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Number: return new NumberOperand(token.Number);
            case TokenKind.Text: return new TextOperand(token.Text);
            case TokenKind.Name:
                var fact = SchemeFacts.Find(token.Text)
                    ?? throw new ExpressionException(token.Column, $"unknown fact '{token.Text}' (facts: {string.Join(", ", SchemeFacts.Names)}).");
                if (_subject is { } kind && fact.OnlyFor is { } only && !only.Contains(kind))
                    throw new ExpressionException(token.Column,
                        $"{fact.Name} is a fact of {string.Join(" and ", only.Select(k => k.ToString().ToLowerInvariant()))}s only, and this scheme honours a {kind.ToString().ToLowerInvariant()}.");
                return new FactOperand(fact);
            default:
                throw new ExpressionException(token.Column, $"expected a fact, a whole number or a \"text\"{Found(token)}.");
        }
    }

    private static void Check(Operand left, Token op, Operand right)
    {
        if (left is not FactOperand && right is not FactOperand)
            throw new ExpressionException(op.Column, "this compares two constants: one side names a fact.");
        if (left.Type != right.Type)
            throw new ExpressionException(op.Column, $"{Describe(left)} cannot be compared with {Describe(right)}.");
        if (left.Type == FactType.Text && op.Op is not (CompareOp.Equal or CompareOp.NotEqual))
            throw new ExpressionException(op.Column, $"texts compare only with == or !=, not {op.Text}.");
    }

    private static string Describe(Operand operand) => operand switch
    {
        FactOperand f => $"{f.Fact.Name} (a {(f.Type == FactType.Number ? "number" : "text")})",
        NumberOperand n => $"the number {n.Value}",
        TextOperand t => $"the text \"{t.Value}\"",
        _ => "?",
    };

    private static string Found(Token token) => token.Kind == TokenKind.End ? ", but the rule ends there" : $", found '{token.Text}'";

    private static Condition Join(List<Condition> parts, bool all)
    {
        if (parts.Count == 1) return parts[0];
        var flat = parts.SelectMany(p => (all, p) switch
        {
            (true, AllOf a) => a.Parts,
            (false, AnyOf a) => a.Parts,
            _ => [p],
        }).ToList();
        return all ? new AllOf(flat) : new AnyOf(flat);
    }
}
