namespace Platform.Kernel.Errors;

/// <summary>The stable codes carried in a GraphQL error's <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string InvalidToken = "INVALID_TOKEN";
    public const string Conflict = "CONFLICT";
    public const string RateLimited = "RATE_LIMITED";
    public const string PasswordChangeRequired = "PASSWORD_CHANGE_REQUIRED";
    public const string Internal = "INTERNAL";
}
