using System.Diagnostics;

namespace Platform.Postgres.Embedded;

/// <summary>Finds the PostgreSQL server binaries on this machine.</summary>
public static class PostgresBinaries
{
    public const string MissingMessage =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found: install them with " +
        "'apt-get install -y postgresql' (as root), or set Postgres:BinDirectory, or set " +
        "ConnectionStrings:Platform to use an existing server.";

    /// <summary>The folder holding initdb and pg_ctl, or null when none is installed.</summary>
    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return HasServer(configured) ? configured : null;
        return Candidates().FirstOrDefault(HasServer);
    }

    private static IEnumerable<string> Candidates()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            if (dir.Length > 0) yield return dir;
        if (PgConfigBinDir() is { } fromPgConfig) yield return fromPgConfig;
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var versions = Directory.GetDirectories(debianRoot)
                .Select(d => (dir: d, version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(x => x.version);
            foreach (var (dir, _) in versions) yield return Path.Combine(dir, "bin");
        }
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pg_config is not installed
        }
    }
}
