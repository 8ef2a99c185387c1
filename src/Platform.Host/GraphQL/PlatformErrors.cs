using GraphQL;
using GraphQL.Execution;
using Platform.Kernel.Errors;

namespace Platform.Host.GraphQL;

/// <summary>A module's <see cref="PlatformException"/> as a GraphQL error with its code and details.</summary>
internal sealed class PlatformExecutionError(PlatformException exception) : ExecutionError(exception.Message, exception)
{
    public IReadOnlyDictionary<string, object?> Details { get; } = exception.Details;
}

/// <summary>Adds a platform error's details beside <c>extensions.code</c>.</summary>
internal sealed class PlatformErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is not PlatformExecutionError { Details.Count: > 0 } platform) return info;
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        foreach (var (key, value) in platform.Details) extensions[key] = value;
        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}

internal static partial class UnhandledErrors
{
    /// <summary>Platform failures go to the client as they are; anything else is logged and hidden.</summary>
    public static void Translate(UnhandledExceptionContext context, ILogger logger)
    {
        switch (context.OriginalException)
        {
            case PlatformException platform:
                context.Exception = new PlatformExecutionError(platform) { Code = platform.Code };
                break;
            case OperationCanceledException when context.ExecutionOptions.CancellationToken.IsCancellationRequested:
                context.ErrorMessage = "The request was cancelled.";
                break;
            default:
                LogUnhandled(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name);
                context.ErrorMessage = "An internal error occurred; it has been logged.";
                context.Exception = new ExecutionError(context.ErrorMessage) { Code = ErrorCodes.Internal };
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in GraphQL field {Field}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string? field);
}
