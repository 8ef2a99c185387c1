using Microsoft.Extensions.Logging;

namespace Platform.Postgres.Embedded;

/// <summary>
/// initdb and postgres refuse to run as root, so as root the cluster belongs to an unprivileged
/// system account that must be able to reach the data folder.
/// </summary>
internal static partial class OsAccount
{
    public static async Task EnsureAsync(string user, string folder, ILogger logger, CancellationToken cancellationToken)
    {
        var (exists, _) = await ProcessRunner.RunAsync("id", ["-u", user], cancellationToken);
        if (exists != 0)
            await ProcessRunner.RunCheckedAsync("useradd",
                ["--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", user],
                cancellationToken);
        OpenPathForTraversal(Path.GetDirectoryName(folder)!, logger);
    }

    public static void Chown(string user, string path) =>
        ProcessRunner.RunCheckedAsync("chown", [user, path]).GetAwaiter().GetResult();

    public static Task ChownAsync(string user, string path, CancellationToken cancellationToken) =>
        ProcessRunner.RunCheckedAsync("chown", [user, path], cancellationToken);

    /// <summary>Every parent must be searchable (x) by others for the account to reach its folder.</summary>
    private static void OpenPathForTraversal(string folder, ILogger logger)
    {
        Directory.CreateDirectory(folder);
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var mode = File.GetUnixFileMode(dir.FullName);
            if (mode.HasFlag(UnixFileMode.OtherExecute)) continue;
            File.SetUnixFileMode(dir.FullName, mode | UnixFileMode.OtherExecute);
            LogOpened(logger, dir.FullName);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Added search permission (o+x) to {Folder} so the PostgreSQL account can reach its data folder")]
    private static partial void LogOpened(ILogger logger, string folder);
}
