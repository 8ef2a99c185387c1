namespace Platform.Host.Explorer;

/// <summary>The in-browser GraphQL explorer, a single page embedded in the host.</summary>
internal static class ExplorerPage
{
    private static readonly Lazy<byte[]> Html = new(() =>
    {
        using var stream = typeof(ExplorerPage).Assembly.GetManifestResourceStream("Platform.Host.Explorer.explorer.html")
            ?? throw new InvalidOperationException("The explorer page is not embedded in the host.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.Body.WriteAsync(Html.Value, http.RequestAborted).AsTask();
    }
}
