namespace Platform.Access;

/// <summary>The <c>Access</c> configuration section.</summary>
internal sealed class AccessOptions
{
    public const string Section = "Access";

    public string Issuer { get; set; } = "jufeng";
    public string Audience { get; set; } = "jufeng";

    /// <summary>HMAC key of at least 32 bytes; every host of a cluster must share it.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Where a generated key is kept when none is configured (Development only).</summary>
    public string SigningKeyFile { get; set; } = ".data/signing-key";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>PBKDF2 iterations for new hashes; stored with each hash, so it can be raised later.</summary>
    public int PasswordIterations { get; set; } = 600_000;

    public int MaxFailedSignInsPerPhone { get; set; } = 5;
    public int MaxFailedSignInsPerAddress { get; set; } = 50;
    public TimeSpan SignInLockout { get; set; } = TimeSpan.FromMinutes(15);

    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();
}

/// <summary>The first programme admin, created when the platform has none.</summary>
internal sealed class BootstrapAdminOptions
{
    public string Phone { get; set; } = "13800000000";
    public string Name { get; set; } = "Programme office";

    /// <summary>When empty, Development prints a one-time password in the log; other environments create no admin.</summary>
    public string? Password { get; set; }
}
