using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Points.Contracts;
using Platform.Points.Tests.Leaderboards;
using Platform.Testing;
using Platform.Testing.Seeding;

namespace Platform.Points.Tests.Ledger;

/// <summary>The ledger's tail says what it does as metrics (<see cref="LedgerMeter"/>), which the benchmark and an operator's collector read.</summary>
public sealed class LedgerMetricsTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public async Task The_tail_reports_each_page_it_hands_over_and_each_write_round()
    {
        // Only this platform's meters: other test classes run hosts of their own in this process.
        var meters = platform.Services.GetRequiredService<IMeterFactory>();
        var heard = new ConcurrentQueue<(string Instrument, double Value)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Meter.Name == LedgerMeter.Name) listening.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => heard.Enqueue((instrument.Name, value)));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => heard.Enqueue((instrument.Name, value)));
        listener.Start();

        var world = await PointsWorld.CreateAsync(platform.Client);
        await platform.Client.AwardAsync(world.Admin, world.WorkerA, 6);
        await platform.CaughtUpAsync();

        Assert.Contains(heard, h => h.Instrument == LedgerMeter.PageChanges && h.Value >= 1);
        Assert.Contains(heard, h => h.Instrument == LedgerMeter.PageDuration && h.Value > 0);
        Assert.Contains(heard, h => h.Instrument == LedgerMeter.WriteDuration && h.Value > 0);
    }
}
