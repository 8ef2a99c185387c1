namespace Platform.Points.Rules;

/// <summary>One thing wrong with a rules file, where it is (1-based line and column).</summary>
internal sealed record RuleFileError(int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
