using System.Text.Json.Nodes;
using GraphQL;

namespace Platform.Host.Demo;

/// <summary>
/// With <c>Demo:Enabled</c>, loads a small realistic data set once, through the public GraphQL
/// API, as soon as the host has started: a newcomer sees something at once.
/// </summary>
internal sealed partial class DemoLoader(
    IServiceProvider services, IGraphQLTextSerializer serializer, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<DemoLoader> logger)
    : BackgroundService
{
    private static readonly Guid LoaderId = Guid.Parse("0d3e0000-0000-4000-8000-00000000de70");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Grains need the silo, which is up once the host has started.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try
            {
                await started.Task;
            }
            catch (TaskCanceledException)
            {
                return;
            }
        }

        var api = new InProcessGraphQL(services, serializer, InProcessGraphQL.ProgrammeAdmin(LoaderId, "demo loader"));
        try
        {
            if (await AlreadyLoadedAsync(api, stoppingToken))
            {
                LogAlreadyLoaded(logger);
                return;
            }
            var started2 = System.Diagnostics.Stopwatch.StartNew();
            var counts = await new DemoScript(api, configuration.GetValue("Modules:Recognition:Enabled", true), stoppingToken).RunAsync();
            LogLoaded(logger, counts.Workers, counts.Activities, counts.Awards, started2.ElapsedMilliseconds, DemoPeople.Password);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    private static async Task<bool> AlreadyLoadedAsync(InProcessGraphQL api, CancellationToken cancellationToken)
    {
        var data = await api.RunAsync("query($p: String!) { access { users(search: $p) { totalCount } } }",
            new { p = DemoPeople.SignIns[0].Phone }, cancellationToken);
        return data["access"]!["users"]!["totalCount"]!.GetValue<int>() > 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data already loaded")]
    private static partial void LogAlreadyLoaded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data loaded: {Workers} workers, {Activities} activities, {Awards} awards in {ElapsedMs} ms. Demo sign-ins 13800000001 (programme admin) to 13800000006 (worker), password {Password}")]
    private static partial void LogLoaded(ILogger logger, int workers, int activities, int awards, long elapsedMs, string password);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the demo data failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

internal static class JsonIds
{
    public static Guid IdAt(this JsonNode node, params string[] path)
    {
        var current = node;
        foreach (var step in path) current = current[step]!;
        return Guid.Parse(current["id"]!.GetValue<string>());
    }
}
