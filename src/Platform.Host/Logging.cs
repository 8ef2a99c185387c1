namespace Platform.Host;

/// <summary>
/// Structured logs: one readable line per event in Development, JSON lines elsewhere
/// (<c>Logging:Format</c> = <c>simple</c> or <c>json</c> overrides).
/// </summary>
internal static class Logging
{
    public static void Configure(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        Configure(builder.Logging, builder.Configuration, builder.Environment);
    }

    public static void Configure(ILoggingBuilder logging, IConfiguration configuration, IHostEnvironment environment)
    {
        logging.AddConfiguration(configuration.GetSection("Logging"));
        var format = configuration["Logging:Format"] ?? (environment.IsDevelopment() ? "simple" : "json");
        if (format == "json")
            logging.AddJsonConsole(o => o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ");
        else
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
    }
}
