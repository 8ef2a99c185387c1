namespace Platform.Postgres.Embedded;

/// <summary>The files of one embedded server under the platform's data folder.</summary>
internal sealed class ServerLayout(string dataFolder)
{
    public string Root { get; } = Path.Combine(dataFolder, "postgres");
    public string DataDirectory => Path.Combine(Root, "data");
    public string SocketDirectory => Path.Combine(Root, "run");
    public string LogFile => Path.Combine(Root, "server.log");
    public string PasswordFile => Path.Combine(Root, "password");
    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    public void Create(string? owner)
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(SocketDirectory);
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        File.SetUnixFileMode(Root, ownerOnly);
        File.SetUnixFileMode(SocketDirectory, ownerOnly);
        if (owner is null) return;
        OsAccount.Chown(owner, Root);
        OsAccount.Chown(owner, SocketDirectory);
        if (File.Exists(LogFile)) OsAccount.Chown(owner, LogFile);
    }
}
