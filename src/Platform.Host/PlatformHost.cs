using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Platform.Host.Database;
using Platform.Host.Demo;
using Platform.Host.Documents;
using Platform.Host.Explorer;
using Platform.Host.GraphQL;
using Platform.Host.Health;
using Platform.Host.Silo;

namespace Platform.Host;

/// <summary>
/// The platform in one process: its PostgreSQL (embedded or configured), the Orleans silo, Marten,
/// the modules and the GraphQL endpoint. The database outlives the web app by a little: it is
/// stopped after the app has shut down gracefully.
/// </summary>
public sealed class PlatformHost : IAsyncDisposable
{
    private readonly PlatformDatabase _database;
    private bool _running;

    private PlatformHost(WebApplication app, PlatformDatabase database)
    {
        App = app;
        _database = database;
    }

    public WebApplication App { get; }

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Where the started host listens (the actual port when configured as 0).</summary>
    public Uri Address => new(App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="configure">Lets tests add configuration before anything is built.</param>
    public static async Task<PlatformHost> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Configuration is read once, at start. Reloading it would mean watching the content root,
        // and so every file the embedded PostgreSQL writes in its data folder beneath it: a few
        // per cent of the host's CPU under load (docs/profiling.md).
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        configure?.Invoke(builder);
        Logging.Configure(builder);
        using var bootLoggers = LoggerFactory.Create(l => Logging.Configure(l, builder.Configuration, builder.Environment));
        var database = await PlatformDatabase.OpenAsync(builder.Configuration, bootLoggers.CreateLogger("Platform.Database"), CancellationToken.None);
        try
        {
            return new PlatformHost(Compose(builder, database), database);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    private static WebApplication Compose(WebApplicationBuilder builder, PlatformDatabase database)
    {
        var services = builder.Services;
        var modules = ModuleCatalog.Enabled(builder.Configuration);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton(new DatabaseConnection(database.ConnectionString, database.IsEmbedded));
        builder.UseOrleans(silo => SiloSetup.Configure(silo, builder.Configuration, database.ConnectionString));
        services.AddPlatformMarten(database.ConnectionString, builder.Configuration);
        foreach (var module in modules) module.AddServices(services, builder.Configuration);
        services.AddPlatformGraphQL(builder.Configuration, builder.Environment, modules);
        if (builder.Configuration.GetValue<bool>("Demo:Enabled")) services.AddHostedService<DemoLoader>();
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres")
            .AddCheck<SiloHealthCheck>("silo");

        var app = builder.Build();
        SchemaAccessCheck.Verify(app.Services.GetRequiredService<PlatformSchema>());

        app.UseAuthentication();
        var endpoint = app.Services.GetRequiredService<GraphQLEndpoint>();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], endpoint.HandleAsync);
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        var explorer = builder.Configuration.GetValue<bool?>("GraphQL:EnableExplorer") ?? builder.Environment.IsDevelopment();
        if (explorer)
        {
            app.MapGet("/explorer", ExplorerPage.WriteAsync);
            app.MapGet("/", () => Results.Redirect("/explorer"));
        }
        return app;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        _running = true;
        await App.StartAsync(cancellationToken);
    }

    /// <summary>Runs until Ctrl-C or SIGTERM, then shuts down gracefully and stops the database.</summary>
    public async Task RunAsync()
    {
        try
        {
            await App.RunAsync();
        }
        finally
        {
            await _database.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Orleans refuses to stop a silo that never finished starting, and a host whose start
            // failed in a hosted service's check has no list of services to stop.
            if (_running) await App.StopAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentNullException && !App.Lifetime.ApplicationStarted.IsCancellationRequested)
        {
        }
        finally
        {
            await App.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
