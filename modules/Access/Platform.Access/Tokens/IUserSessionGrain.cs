namespace Platform.Access.Tokens;

/// <summary>
/// Knows, for one user, which tokens still stand: a password change, a revoked role or a disabled
/// account ends the sessions opened before it. Checked on every authenticated request.
/// </summary>
[Alias("access.IUserSessionGrain")]
internal interface IUserSessionGrain : IGrainWithGuidKey
{
    [Alias("IsCurrent")]
    Task<bool> IsCurrentAsync(long sessionVersion);

    /// <summary>Re-reads the account after a change to it.</summary>
    [Alias("Refresh")]
    Task RefreshAsync();
}
