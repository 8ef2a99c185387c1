using Platform.Kernel.Commands;

namespace Platform.Host;

/// <summary>
/// <c>Platform.Host &lt;command&gt; [--Key=value…]</c>: starts the platform on its database (the
/// web endpoint on a free loopback port, so it never clashes with a running host's), runs one
/// module command, stops, and exits with the command's code.
/// </summary>
public static class PlatformCommands
{
    /// <summary>Exit code when the command is unknown.</summary>
    public const int Unknown = 2;

    public static async Task<int> RunAsync(string name, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var host = await PlatformHost.BuildAsync([.. args, "--urls=http://127.0.0.1:0"]);
        var commands = host.App.Services.GetServices<IPlatformCommand>().ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await output.WriteLineAsync($"Unknown command '{name}'. Commands: {string.Join(", ", commands.Select(c => $"{c.Name} ({c.Description})"))}.");
            return Unknown;
        }
        await host.StartAsync(cancellationToken);
        await using var scope = host.App.Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, output, cancellationToken);
    }
}
