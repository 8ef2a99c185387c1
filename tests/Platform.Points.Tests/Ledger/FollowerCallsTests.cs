using System.Diagnostics;
using Platform.Points.Ledger;

namespace Platform.Points.Tests.Ledger;

public sealed class FollowerCallsTests
{
    [Fact]
    public async Task A_page_that_keeps_up_makes_its_calls_one_at_a_time_and_rests_twice_as_long_as_they_took()
    {
        var calls = new Calls();
        var clock = Stopwatch.StartNew();

        await FollowerCalls.RunAsync(behind: false, Enumerable.Range(0, 8), _ => calls.MakeAsync());

        Assert.Equal(8, calls.Made);
        Assert.Equal(1, calls.MostInFlight);
        Assert.True(clock.Elapsed >= calls.Took * (1 + FollowerCalls.RestPerCall), $"{clock.Elapsed} for calls that took {calls.Took}");
    }

    [Fact]
    public async Task A_page_that_is_behind_makes_its_calls_two_at_a_time()
    {
        var calls = new Calls();

        await FollowerCalls.RunAsync(behind: true, Enumerable.Range(0, 8), _ => calls.MakeAsync());

        Assert.Equal(8, calls.Made);
        Assert.Equal(FollowerCalls.CatchingUp, calls.MostInFlight);
    }

    /// <summary>Calls that each take a few milliseconds, counting how many run at once and how long they took in all.</summary>
    private sealed class Calls
    {
        private readonly Lock _gate = new();
        private int _inFlight;

        public int Made { get; private set; }

        public int MostInFlight { get; private set; }

        public TimeSpan Took { get; private set; }

        public async Task MakeAsync()
        {
            var started = Stopwatch.GetTimestamp();
            lock (_gate) MostInFlight = Math.Max(MostInFlight, ++_inFlight);
            await Task.Delay(5);
            lock (_gate)
            {
                _inFlight--;
                Made++;
                Took += Stopwatch.GetElapsedTime(started);
            }
        }
    }
}
