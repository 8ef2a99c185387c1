namespace Platform.Recognition.Schemes.Files;

/// <summary>One thing wrong with a scheme file: the file, where (1-based line and column; 0 for the file as a whole) and why.</summary>
internal sealed record SchemeFileError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
