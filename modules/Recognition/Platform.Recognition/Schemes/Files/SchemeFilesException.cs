using Platform.DataFiles;

namespace Platform.Recognition.Schemes.Files;

/// <summary>
/// The scheme files are not valid: thrown while the host starts, so it stops and names every
/// mistake as <c>file:line:column: reason</c> instead of running honours by files nobody meant.
/// </summary>
internal sealed class SchemeFilesException : Exception
{
    public SchemeFilesException(IReadOnlyList<DataFileError> errors)
        : base($"The honour scheme files are not valid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => $"  {e}")))
    {
        Errors = errors;
    }

    public SchemeFilesException() : this([]) { }

    public SchemeFilesException(string message) : base(message) => Errors = [];

    public SchemeFilesException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    public IReadOnlyList<DataFileError> Errors { get; }
}
