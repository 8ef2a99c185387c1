using System.Diagnostics;
using Platform.Kernel.Networking;

namespace Platform.Testing;

/// <summary>
/// The platform in a process of its own (the built Platform.Host.dll beside the tests), so a test
/// can kill it as the operating system would (SIGKILL) and start it again on the same data.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process) => _process = process;

    public Uri Address { get; private init; } = null!;

    /// <summary>Starts the host with these settings on a free port and returns once it serves requests.</summary>
    public static async Task<HostProcess> StartAsync(IEnumerable<string> settings, int? port = null, TimeSpan? within = null)
    {
        var folder = AppContext.BaseDirectory;
        var listen = port ?? LoopbackPorts.Free();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(folder, "Platform.Host.dll"), $"--contentRoot={folder}", $"--urls=http://127.0.0.1:{listen}",
                     "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information" }.Concat(settings))
            info.ArgumentList.Add(argument);
        var host = new HostProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."))
        {
            Address = new Uri($"http://127.0.0.1:{listen}"),
        };
        host.Watch();
        await host._started.Task.WaitAsync(within ?? TimeSpan.FromSeconds(90));
        return host;
    }

    /// <summary>What a power cut does to the process: no shutdown, no flush, no goodbye to the cluster.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>A graceful stop (SIGTERM), as an operator's service manager does.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await term!.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    /// <summary>The host logs "Application started" when it serves requests; a host that exits first has failed.</summary>
    private void Watch()
    {
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Read(string? line)
        {
            if (line is null) return;
            output.Enqueue(line);
            if (line.Contains("Application started", StringComparison.Ordinal)) _started.TrySetResult();
        }
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => Read(e.Data);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _started.TrySetException(new InvalidOperationException(
            $"The host exited with {_process.ExitCode} before it started:\n{string.Join('\n', output.TakeLast(40))}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }
}
