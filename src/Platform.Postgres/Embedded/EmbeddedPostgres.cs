using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Postgres.Embedded;

/// <summary>
/// A PostgreSQL server the platform starts itself from the machine's binaries, in a private
/// folder, on a free loopback port. It keeps its data between starts and stops with its owner.
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private readonly EmbeddedPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly ServerLayout _layout;
    private readonly string _binDirectory;
    private FileStream? _ownership;
    private int _stopped;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, ILogger logger, string binDirectory)
    {
        _options = options;
        _logger = logger;
        _binDirectory = binDirectory;
        _layout = new ServerLayout(Path.GetFullPath(options.DataDirectory));
    }

    public int Port { get; private set; }

    /// <summary>Superuser connection string to the platform's database.</summary>
    public string ConnectionString => ConnectionStringFor(_options.Database);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Password = File.ReadAllText(_layout.PasswordFile).Trim(),
        Database = database,
    }.ConnectionString;

    public static async Task<EmbeddedPostgres> StartAsync(
        EmbeddedPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        var bin = PostgresBinaries.Find(options.BinDirectory)
            ?? throw new InvalidOperationException(PostgresBinaries.MissingMessage);
        var server = new EmbeddedPostgres(options, logger, bin);
        try
        {
            await server.StartServerAsync(cancellationToken);
            await server.EnsureDatabaseAsync(options.Database, cancellationToken);
            return server;
        }
        catch
        {
            server.ReleaseOwnership();
            throw;
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var osUser = IsRoot() ? _options.OsUser : null;
        if (osUser is not null) await OsAccount.EnsureAsync(osUser, _layout.Root, _logger, cancellationToken);
        _layout.Create(osUser);
        _ownership = _layout.TakeOwnership();

        var initialised = false;
        if (!_layout.IsInitialised)
        {
            await InitialiseAsync(osUser, cancellationToken);
            initialised = true;
        }
        else if (await IsRunningAsync(osUser, cancellationToken))
        {
            // A previous owner died without stopping its server: take it over cleanly.
            LogStoppingOrphan(_logger, _layout.DataDirectory);
            await PgCtlAsync(osUser, ["stop", "-D", _layout.DataDirectory, "-m", "fast", "-w"], cancellationToken);
        }

        Port = _options.Port ?? FreeLoopbackPort();
        var serverOptions = string.Join(' ',
            new[] { $"-p {Port}", $"-k {_layout.SocketDirectory}", "-c listen_addresses=127.0.0.1" }
                .Concat(_options.Settings.Select(s => $"-c {s.Key}={s.Value}")));
        await PgCtlAsync(osUser,
            ["start", "-D", _layout.DataDirectory, "-l", _layout.LogFile, "-w", "-t", "60", "-o", serverOptions],
            cancellationToken);
        LogStarted(_logger, Port, _layout.Root, initialised, started.ElapsedMilliseconds);
    }

    private async Task InitialiseAsync(string? osUser, CancellationToken cancellationToken)
    {
        if (Directory.Exists(_layout.DataDirectory)) Directory.Delete(_layout.DataDirectory, recursive: true);
        File.WriteAllText(_layout.PasswordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));
        File.SetUnixFileMode(_layout.PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (osUser is not null) await OsAccount.ChownAsync(osUser, _layout.PasswordFile, cancellationToken);
        await RunAsAsync(osUser, Path.Combine(_binDirectory, "initdb"),
            ["-D", _layout.DataDirectory, "-U", Superuser, $"--pwfile={_layout.PasswordFile}",
             "--auth=scram-sha-256", "--locale=C.UTF-8", "--encoding=UTF8", "--no-sync"],
            cancellationToken);
    }

    private async Task<bool> IsRunningAsync(string? osUser, CancellationToken cancellationToken)
    {
        var (code, _) = await RunAs(osUser, Path.Combine(_binDirectory, "pg_ctl"), ["status", "-D", _layout.DataDirectory], cancellationToken);
        return code == 0;
    }

    private async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Stops the server; safe to call more than once. <paramref name="abandonData"/> signals an
    /// immediate shutdown and returns without waiting (no checkpoint: for data thrown away, in a
    /// process about to exit that may not be given the time to wait).
    /// </summary>
    public async Task StopAsync(bool abandonData = false)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        var osUser = IsRoot() ? _options.OsUser : null;
        string[] mode = abandonData ? ["-m", "immediate", "-W"] : ["-m", "fast", "-w"];
        var (code, output) = await RunAs(osUser, Path.Combine(_binDirectory, "pg_ctl"),
            ["stop", "-D", _layout.DataDirectory, .. mode], CancellationToken.None);
        if (code == 0) LogStopped(_logger, Port);
        else LogStopFailed(_logger, output.Trim());
        ReleaseOwnership();
    }

    /// <summary>Lets another owner take the folder over, as if this process had died (tests).</summary>
    internal void ReleaseOwnership()
    {
        _ownership?.Dispose();
        _ownership = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private Task PgCtlAsync(string? osUser, string[] arguments, CancellationToken cancellationToken) =>
        RunAsAsync(osUser, Path.Combine(_binDirectory, "pg_ctl"), arguments, cancellationToken);

    private async Task RunAsAsync(string? osUser, string program, string[] arguments, CancellationToken cancellationToken)
    {
        var (code, output) = await RunAs(osUser, program, arguments, cancellationToken);
        if (code == 0) return;
        var log = File.Exists(_layout.LogFile) ? string.Join('\n', File.ReadLines(_layout.LogFile).TakeLast(15)) : "";
        throw new InvalidOperationException(
            $"{Path.GetFileName(program)} {arguments.FirstOrDefault()} failed (exit {code}): {output.Trim()}\n{log}".Trim());
    }

    private static Task<(int ExitCode, string Output)> RunAs(
        string? osUser, string program, string[] arguments, CancellationToken cancellationToken) =>
        osUser is null
            ? ProcessRunner.RunAsync(program, arguments, cancellationToken)
            : ProcessRunner.RunAsync("runuser", ["-u", osUser, "--", program, .. arguments], cancellationToken);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsRoot() => OperatingSystem.IsLinux() && NativeMethods.geteuid() == 0;

    private static partial class NativeMethods
    {
        [LibraryImport("libc")]
        internal static partial uint geteuid();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL started on 127.0.0.1:{Port} from {Folder} (new cluster: {Initialised}) in {ElapsedMs} ms")]
    private static partial void LogStarted(ILogger logger, int port, string folder, bool initialised, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A PostgreSQL server left running in {Folder} is being stopped before a clean start")]
    private static partial void LogStoppingOrphan(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL on port {Port} stopped")]
    private static partial void LogStopped(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL did not stop cleanly: {Output}")]
    private static partial void LogStopFailed(ILogger logger, string output);
}
