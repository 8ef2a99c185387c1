namespace Platform.Postgres.Embedded;

/// <summary>The files of one embedded server under the platform's data folder.</summary>
internal sealed class ServerLayout(string dataFolder)
{
    public string Root { get; } = Path.Combine(dataFolder, "postgres");
    public string DataDirectory => Path.Combine(Root, "data");
    public string SocketDirectory => Path.Combine(Root, "run");
    public string LogFile => Path.Combine(Root, "server.log");
    public string PasswordFile => Path.Combine(Root, "password");
    public string OwnerLockFile => Path.Combine(Root, "owner.lock");
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

    /// <summary>
    /// An exclusive lock held for the owner's lifetime (released by the kernel if it dies), so a
    /// second host cannot take over a server that is still in use.
    /// </summary>
    public FileStream TakeOwnership()
    {
        try
        {
            return new FileStream(OwnerLockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new InvalidOperationException(
                $"Another platform host is using the data folder {Path.GetDirectoryName(Root)}: stop it first, or give this one its own Postgres:DataDirectory.");
        }
    }
}
