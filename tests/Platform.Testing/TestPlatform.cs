using Microsoft.Extensions.DependencyInjection;
using Platform.Host;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// The whole platform on a fresh database of the test server, listening on a free loopback port:
/// tests talk to it over real HTTP. One per test class (use as a class fixture).
/// </summary>
public class TestPlatform : IAsyncLifetime
{
    public const string AdminPhone = "13900000000";
    public const string AdminPassword = "admin-pass-1";

    private PlatformHost? _host;

    public GraphQLClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public IServiceProvider Services => _host!.App.Services;

    /// <summary>The settings the host was started with, as arguments: a second host or a command uses the same database.</summary>
    public IReadOnlyList<string> Arguments { get; private set; } = [];

    /// <summary>Settings on top of the test defaults; override to switch a module off and so on.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Services on top of the platform's, added before the modules' (e.g. an extension such as a code point rule).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        await StartAsync();
    }

    /// <summary>Stops the host (gracefully) and starts a new one on the same database.</summary>
    public async Task RestartAsync()
    {
        await _host!.DisposeAsync();
        await StartAsync();
    }

    private async Task StartAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Platform"] = ConnectionString,
            ["Access:SigningKey"] = "test-signing-key-of-at-least-32-bytes!",
            ["Access:PasswordIterations"] = "1000",
            ["Access:BootstrapAdmin:Phone"] = AdminPhone,
            ["Access:BootstrapAdmin:Password"] = AdminPassword,
            ["GraphQL:EnableIntrospection"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Orleans"] = "Error",
            // The host's own rules file, copied beside the tests, wherever the test runner's working folder is.
            ["Points:RulesFile"] = Path.Combine(AppContext.BaseDirectory, "rules", "points.yaml"),
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        Arguments = [.. settings.Select(s => $"--{s.Key}={s.Value}"), "--environment=Testing"];
        var args = Arguments.Append("--urls=http://127.0.0.1:0").ToArray();
        _host = await PlatformHost.BuildAsync(args, builder => ConfigureServices(builder.Services));
        await _host.StartAsync();
        BaseAddress = _host.Address;
        Client = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
