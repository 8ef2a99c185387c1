namespace Platform.DataFiles;

/// <summary>One thing wrong with a data file: the file, where (1-based line and column; 0 for the file as a whole) and why.</summary>
/// <param name="File">The file's path, or a name for text that came from elsewhere.</param>
/// <param name="Line">The 1-based line, or 0 when the error is about the whole file.</param>
/// <param name="Column">The 1-based column, or 0 when the error is about the whole file.</param>
/// <param name="Message">What is wrong, in words for the person who wrote the file.</param>
public sealed record DataFileError(string File, int Line, int Column, string Message)
{
    /// <summary>The error as <c>file:line:column: message</c>, the form editors and terminals link to the place.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
