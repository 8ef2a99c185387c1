using System.Globalization;

namespace Platform.Recognition.Schemes.Expressions;

internal enum TokenKind
{
    Name,
    Number,
    Text,
    Compare,
    Open,
    Close,
    And,
    Or,
    Not,
    End,
}

/// <summary>One token of a rule; <paramref name="Column"/> is 1-based within the rule's text.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Column, long Number = 0, CompareOp Op = CompareOp.Equal);

/// <summary>A rule that cannot be read, at a 1-based column of its text.</summary>
internal sealed class ExpressionException(int column, string message) : Exception(message)
{
    public int Column { get; } = column;
}

/// <summary>Splits a rule into names, whole numbers, quoted texts, comparisons, parentheses and the words and/or/not.</summary>
internal static class ExpressionLexer
{
    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) break;
            var start = i;
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '_')) i++;
                var word = text[start..i];
                tokens.Add(new Token(word switch { "and" => TokenKind.And, "or" => TokenKind.Or, "not" => TokenKind.Not, _ => TokenKind.Name }, word, start + 1));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (!long.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                    || number is > int.MaxValue or < int.MinValue)
                    throw new ExpressionException(start + 1, $"the number {text[start..i]} is too large.");
                tokens.Add(new Token(TokenKind.Number, text[start..i], start + 1, number));
            }
            else if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0) throw new ExpressionException(start + 1, $"the text starting here has no closing {c}.");
                tokens.Add(new Token(TokenKind.Text, text[(i + 1)..end], start + 1));
                i = end + 1;
            }
            else if (c == '(' || c == ')')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close, c.ToString(), start + 1));
                i++;
            }
            else
            {
                var (op, length) = Comparison(text, i);
                tokens.Add(new Token(TokenKind.Compare, text.Substring(i, length), start + 1, Op: op));
                i += length;
            }
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length + 1));
        return tokens;
    }

    private static (CompareOp, int) Comparison(string text, int i)
    {
        var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
        switch (two)
        {
            case ">=": return (CompareOp.GreaterOrEqual, 2);
            case "<=": return (CompareOp.LessOrEqual, 2);
            case "==": return (CompareOp.Equal, 2);
            case "!=": return (CompareOp.NotEqual, 2);
            case "&&": throw new ExpressionException(i + 1, "write 'and' instead of '&&'.");
            case "||": throw new ExpressionException(i + 1, "write 'or' instead of '||'.");
        }
        return text[i] switch
        {
            '>' => (CompareOp.Greater, 1),
            '<' => (CompareOp.Less, 1),
            '=' => throw new ExpressionException(i + 1, "write '==' to compare."),
            '!' => throw new ExpressionException(i + 1, "write 'not' instead of '!'."),
            var other => throw new ExpressionException(i + 1, $"'{other}' is not part of a rule (facts, numbers, \"texts\", comparisons, and, or, not, parentheses)."),
        };
    }
}
