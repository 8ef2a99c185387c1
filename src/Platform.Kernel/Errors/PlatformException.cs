namespace Platform.Kernel.Errors;

/// <summary>
/// A failure the caller can act on. Its message is shown to the client as it is, with the code in
/// <c>extensions.code</c>; anything else thrown is reported as INTERNAL without details.
/// </summary>
public class PlatformException : Exception
{
    public PlatformException(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
        : base(message)
    {
        Code = code;
        Details = details ?? new Dictionary<string, object?>();
    }

    public PlatformException() : this(ErrorCodes.Internal, "An error occurred.") { }

    public PlatformException(string message) : this(ErrorCodes.Internal, message) { }

    public PlatformException(string message, Exception innerException) : base(message, innerException)
    {
        Code = ErrorCodes.Internal;
        Details = new Dictionary<string, object?>();
    }

    public string Code { get; }

    /// <summary>Extra machine-readable facts, e.g. the field that failed or when to retry.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }

    public static PlatformException Validation(string message, string? field = null) =>
        new(ErrorCodes.Validation, message, field is null ? null : new Dictionary<string, object?> { ["field"] = field });

    public static PlatformException NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static PlatformException Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static PlatformException Conflict(string message) => new(ErrorCodes.Conflict, message);
}
