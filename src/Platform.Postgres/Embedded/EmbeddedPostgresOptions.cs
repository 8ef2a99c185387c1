namespace Platform.Postgres.Embedded;

/// <summary>Where and how the platform runs its own PostgreSQL server.</summary>
public sealed class EmbeddedPostgresOptions
{
    /// <summary>Private folder holding the cluster, its socket, log and password.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Folder with initdb and pg_ctl; found automatically when empty.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>Unprivileged OS user that owns the cluster when the process runs as root.</summary>
    public string OsUser { get; set; } = "jufeng-pg";

    /// <summary>Database the platform uses inside the server.</summary>
    public string Database { get; set; } = "platform";

    /// <summary>Fixed port; a free loopback port is chosen when null.</summary>
    public int? Port { get; set; }

    /// <summary>Server settings passed with -c; tests trade durability for speed here.</summary>
    public IDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["max_connections"] = "300",
        ["shared_buffers"] = "128MB",
    };
}
