namespace Platform.Access.SignIn;

// Kept in memory: losing the count when the grain moves only gives an attacker one more window.
[CollectionAgeLimit(Minutes = 60)]
internal sealed class SignInThrottleGrain(TimeProvider clock) : Grain, ISignInThrottleGrain
{
    private readonly Queue<DateTimeOffset> _failures = new();

    public Task<TimeSpan?> LockedForAsync(int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        Forget(now, window);
        if (_failures.Count < limit) return Task.FromResult<TimeSpan?>(null);
        return Task.FromResult<TimeSpan?>(_failures.ElementAt(_failures.Count - limit) + window - now);
    }

    public Task RecordFailureAsync(TimeSpan window)
    {
        var now = clock.GetUtcNow();
        Forget(now, window);
        _failures.Enqueue(now);
        return Task.CompletedTask;
    }

    public Task ResetAsync()
    {
        _failures.Clear();
        return Task.CompletedTask;
    }

    private void Forget(DateTimeOffset now, TimeSpan window)
    {
        while (_failures.TryPeek(out var oldest) && oldest + window <= now) _failures.Dequeue();
    }
}
