using Platform.DataFiles;

namespace Platform.Points.Rules;

/// <summary>
/// The host's rules file is not valid: thrown while the host starts, so it stops with the file,
/// each error's line and the reason instead of awarding points by a file nobody meant.
/// </summary>
internal sealed class PointRulesFileException : Exception
{
    public PointRulesFileException(string file, IReadOnlyList<DataFileError> errors)
        : base($"The point rules file {file} is not valid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => $"  {e}")))
    {
        File = file;
        Errors = errors;
    }

    public PointRulesFileException() : this("(unknown)", []) { }

    public PointRulesFileException(string message) : base(message)
    {
        File = "(unknown)";
        Errors = [];
    }

    public PointRulesFileException(string message, Exception innerException) : base(message, innerException)
    {
        File = "(unknown)";
        Errors = [];
    }

    public string File { get; }

    public IReadOnlyList<DataFileError> Errors { get; }
}
