namespace Platform.Access.SignIn;

/// <summary>
/// Counts failed sign-ins for one phone number or one client address across the cluster, and
/// locks further attempts for a while once the limit is reached.
/// </summary>
[Alias("access.ISignInThrottleGrain")]
internal interface ISignInThrottleGrain : IGrainWithStringKey
{
    /// <summary>How long attempts stay locked, or null when they may go ahead.</summary>
    [Alias("LockedFor")]
    Task<TimeSpan?> LockedForAsync(int limit, TimeSpan window);

    [Alias("RecordFailure")]
    Task RecordFailureAsync(TimeSpan window);

    [Alias("Reset")]
    Task ResetAsync();
}
