using System.Diagnostics;
using System.Text;

namespace Platform.Postgres.Embedded;

/// <summary>Runs a command to completion and hands back its exit code and output.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(cancellationToken);
        lock (output) return (process.ExitCode, output.ToString());
    }

    public static async Task<string> RunCheckedAsync(
        string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var args = arguments.ToList();
        var (code, output) = await RunAsync(fileName, args, cancellationToken);
        if (code != 0)
            throw new InvalidOperationException(
                $"'{fileName} {string.Join(' ', args)}' failed with exit code {code}: {output.Trim()}");
        return output;
    }
}
